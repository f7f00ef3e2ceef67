var background = (function() {
	// \0rolldown/runtime.js
	var __create = Object.create;
	var __defProp = Object.defineProperty;
	var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
	var __getOwnPropNames = Object.getOwnPropertyNames;
	var __getProtoOf = Object.getPrototypeOf;
	var __hasOwnProp = Object.prototype.hasOwnProperty;
	var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);
	var __copyProps = (to, from, except, desc) => {
		if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames(from), i = 0, n = keys.length, key; i < n; i++) {
			key = keys[i];
			if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
				get: ((k) => from[k]).bind(null, key),
				enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
			});
		}
		return to;
	};
	var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule || !__hasOwnProp.call(mod, "default") ? __defProp(target, "default", {
		value: mod,
		enumerable: true
	}) : target, mod));
	// node_modules/wxt/dist/utils/define-background.mjs
	function defineBackground(arg) {
		if (arg == null || typeof arg === "function") return { main: arg };
		return arg;
	}
	// node_modules/@wxt-dev/webextension-polyfill/dist/browser.mjs
	var import_browser_polyfill = /* @__PURE__ */ __toESM((/* @__PURE__ */ __commonJSMin(((exports, module, this$1) => {
		(function(global, factory) {
			if (typeof define === "function" && define.amd) define("webextension-polyfill", ["module"], factory);
			else if (typeof exports !== "undefined") factory(module);
			else {
				var mod = { exports: {} };
				factory(mod);
				global.browser = mod.exports;
			}
		})(typeof globalThis !== "undefined" ? globalThis : typeof self !== "undefined" ? self : this$1, function(module) {
			"use strict";
			if (!(globalThis.chrome && globalThis.chrome.runtime && globalThis.chrome.runtime.id)) throw new Error("This script should only be loaded in a browser extension.");
			if (!(globalThis.browser && globalThis.browser.runtime && globalThis.browser.runtime.id)) {
				const CHROME_SEND_MESSAGE_CALLBACK_NO_RESPONSE_MESSAGE = "The message port closed before a response was received.";
				const wrapAPIs = (extensionAPIs) => {
					const apiMetadata = {
						"alarms": {
							"clear": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"clearAll": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"get": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"getAll": {
								"minArgs": 0,
								"maxArgs": 0
							}
						},
						"bookmarks": {
							"create": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"get": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getChildren": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getRecent": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getSubTree": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getTree": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"move": {
								"minArgs": 2,
								"maxArgs": 2
							},
							"remove": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"removeTree": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"search": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"update": {
								"minArgs": 2,
								"maxArgs": 2
							}
						},
						"browserAction": {
							"disable": {
								"minArgs": 0,
								"maxArgs": 1,
								"fallbackToNoCallback": true
							},
							"enable": {
								"minArgs": 0,
								"maxArgs": 1,
								"fallbackToNoCallback": true
							},
							"getBadgeBackgroundColor": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getBadgeText": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getPopup": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getTitle": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"openPopup": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"setBadgeBackgroundColor": {
								"minArgs": 1,
								"maxArgs": 1,
								"fallbackToNoCallback": true
							},
							"setBadgeText": {
								"minArgs": 1,
								"maxArgs": 1,
								"fallbackToNoCallback": true
							},
							"setIcon": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"setPopup": {
								"minArgs": 1,
								"maxArgs": 1,
								"fallbackToNoCallback": true
							},
							"setTitle": {
								"minArgs": 1,
								"maxArgs": 1,
								"fallbackToNoCallback": true
							}
						},
						"browsingData": {
							"remove": {
								"minArgs": 2,
								"maxArgs": 2
							},
							"removeCache": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"removeCookies": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"removeDownloads": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"removeFormData": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"removeHistory": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"removeLocalStorage": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"removePasswords": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"removePluginData": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"settings": {
								"minArgs": 0,
								"maxArgs": 0
							}
						},
						"commands": { "getAll": {
							"minArgs": 0,
							"maxArgs": 0
						} },
						"contextMenus": {
							"remove": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"removeAll": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"update": {
								"minArgs": 2,
								"maxArgs": 2
							}
						},
						"cookies": {
							"get": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getAll": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getAllCookieStores": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"remove": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"set": {
								"minArgs": 1,
								"maxArgs": 1
							}
						},
						"devtools": {
							"inspectedWindow": { "eval": {
								"minArgs": 1,
								"maxArgs": 2,
								"singleCallbackArg": false
							} },
							"panels": {
								"create": {
									"minArgs": 3,
									"maxArgs": 3,
									"singleCallbackArg": true
								},
								"elements": { "createSidebarPane": {
									"minArgs": 1,
									"maxArgs": 1
								} }
							}
						},
						"downloads": {
							"cancel": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"download": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"erase": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getFileIcon": {
								"minArgs": 1,
								"maxArgs": 2
							},
							"open": {
								"minArgs": 1,
								"maxArgs": 1,
								"fallbackToNoCallback": true
							},
							"pause": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"removeFile": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"resume": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"search": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"show": {
								"minArgs": 1,
								"maxArgs": 1,
								"fallbackToNoCallback": true
							}
						},
						"extension": {
							"isAllowedFileSchemeAccess": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"isAllowedIncognitoAccess": {
								"minArgs": 0,
								"maxArgs": 0
							}
						},
						"history": {
							"addUrl": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"deleteAll": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"deleteRange": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"deleteUrl": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getVisits": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"search": {
								"minArgs": 1,
								"maxArgs": 1
							}
						},
						"i18n": {
							"detectLanguage": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getAcceptLanguages": {
								"minArgs": 0,
								"maxArgs": 0
							}
						},
						"identity": { "launchWebAuthFlow": {
							"minArgs": 1,
							"maxArgs": 1
						} },
						"idle": { "queryState": {
							"minArgs": 1,
							"maxArgs": 1
						} },
						"management": {
							"get": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getAll": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"getSelf": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"setEnabled": {
								"minArgs": 2,
								"maxArgs": 2
							},
							"uninstallSelf": {
								"minArgs": 0,
								"maxArgs": 1
							}
						},
						"notifications": {
							"clear": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"create": {
								"minArgs": 1,
								"maxArgs": 2
							},
							"getAll": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"getPermissionLevel": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"update": {
								"minArgs": 2,
								"maxArgs": 2
							}
						},
						"pageAction": {
							"getPopup": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getTitle": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"hide": {
								"minArgs": 1,
								"maxArgs": 1,
								"fallbackToNoCallback": true
							},
							"setIcon": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"setPopup": {
								"minArgs": 1,
								"maxArgs": 1,
								"fallbackToNoCallback": true
							},
							"setTitle": {
								"minArgs": 1,
								"maxArgs": 1,
								"fallbackToNoCallback": true
							},
							"show": {
								"minArgs": 1,
								"maxArgs": 1,
								"fallbackToNoCallback": true
							}
						},
						"permissions": {
							"contains": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getAll": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"remove": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"request": {
								"minArgs": 1,
								"maxArgs": 1
							}
						},
						"runtime": {
							"getBackgroundPage": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"getPlatformInfo": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"openOptionsPage": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"requestUpdateCheck": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"sendMessage": {
								"minArgs": 1,
								"maxArgs": 3
							},
							"sendNativeMessage": {
								"minArgs": 2,
								"maxArgs": 2
							},
							"setUninstallURL": {
								"minArgs": 1,
								"maxArgs": 1
							}
						},
						"sessions": {
							"getDevices": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"getRecentlyClosed": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"restore": {
								"minArgs": 0,
								"maxArgs": 1
							}
						},
						"storage": {
							"local": {
								"clear": {
									"minArgs": 0,
									"maxArgs": 0
								},
								"get": {
									"minArgs": 0,
									"maxArgs": 1
								},
								"getBytesInUse": {
									"minArgs": 0,
									"maxArgs": 1
								},
								"remove": {
									"minArgs": 1,
									"maxArgs": 1
								},
								"set": {
									"minArgs": 1,
									"maxArgs": 1
								}
							},
							"managed": {
								"get": {
									"minArgs": 0,
									"maxArgs": 1
								},
								"getBytesInUse": {
									"minArgs": 0,
									"maxArgs": 1
								}
							},
							"sync": {
								"clear": {
									"minArgs": 0,
									"maxArgs": 0
								},
								"get": {
									"minArgs": 0,
									"maxArgs": 1
								},
								"getBytesInUse": {
									"minArgs": 0,
									"maxArgs": 1
								},
								"remove": {
									"minArgs": 1,
									"maxArgs": 1
								},
								"set": {
									"minArgs": 1,
									"maxArgs": 1
								}
							}
						},
						"tabs": {
							"captureVisibleTab": {
								"minArgs": 0,
								"maxArgs": 2
							},
							"create": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"detectLanguage": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"discard": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"duplicate": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"executeScript": {
								"minArgs": 1,
								"maxArgs": 2
							},
							"get": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getCurrent": {
								"minArgs": 0,
								"maxArgs": 0
							},
							"getZoom": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"getZoomSettings": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"goBack": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"goForward": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"highlight": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"insertCSS": {
								"minArgs": 1,
								"maxArgs": 2
							},
							"move": {
								"minArgs": 2,
								"maxArgs": 2
							},
							"query": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"reload": {
								"minArgs": 0,
								"maxArgs": 2
							},
							"remove": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"removeCSS": {
								"minArgs": 1,
								"maxArgs": 2
							},
							"sendMessage": {
								"minArgs": 2,
								"maxArgs": 3
							},
							"setZoom": {
								"minArgs": 1,
								"maxArgs": 2
							},
							"setZoomSettings": {
								"minArgs": 1,
								"maxArgs": 2
							},
							"update": {
								"minArgs": 1,
								"maxArgs": 2
							}
						},
						"topSites": { "get": {
							"minArgs": 0,
							"maxArgs": 0
						} },
						"webNavigation": {
							"getAllFrames": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"getFrame": {
								"minArgs": 1,
								"maxArgs": 1
							}
						},
						"webRequest": { "handlerBehaviorChanged": {
							"minArgs": 0,
							"maxArgs": 0
						} },
						"windows": {
							"create": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"get": {
								"minArgs": 1,
								"maxArgs": 2
							},
							"getAll": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"getCurrent": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"getLastFocused": {
								"minArgs": 0,
								"maxArgs": 1
							},
							"remove": {
								"minArgs": 1,
								"maxArgs": 1
							},
							"update": {
								"minArgs": 2,
								"maxArgs": 2
							}
						}
					};
					if (Object.keys(apiMetadata).length === 0) throw new Error("api-metadata.json has not been included in browser-polyfill");
					/**
					* A WeakMap subclass which creates and stores a value for any key which does
					* not exist when accessed, but behaves exactly as an ordinary WeakMap
					* otherwise.
					*
					* @param {function} createItem
					*        A function which will be called in order to create the value for any
					*        key which does not exist, the first time it is accessed. The
					*        function receives, as its only argument, the key being created.
					*/
					class DefaultWeakMap extends WeakMap {
						constructor(createItem, items = void 0) {
							super(items);
							this.createItem = createItem;
						}
						get(key) {
							if (!this.has(key)) this.set(key, this.createItem(key));
							return super.get(key);
						}
					}
					/**
					* Returns true if the given object is an object with a `then` method, and can
					* therefore be assumed to behave as a Promise.
					*
					* @param {*} value The value to test.
					* @returns {boolean} True if the value is thenable.
					*/
					const isThenable = (value) => {
						return value && typeof value === "object" && typeof value.then === "function";
					};
					/**
					* Creates and returns a function which, when called, will resolve or reject
					* the given promise based on how it is called:
					*
					* - If, when called, `chrome.runtime.lastError` contains a non-null object,
					*   the promise is rejected with that value.
					* - If the function is called with exactly one argument, the promise is
					*   resolved to that value.
					* - Otherwise, the promise is resolved to an array containing all of the
					*   function's arguments.
					*
					* @param {object} promise
					*        An object containing the resolution and rejection functions of a
					*        promise.
					* @param {function} promise.resolve
					*        The promise's resolution function.
					* @param {function} promise.reject
					*        The promise's rejection function.
					* @param {object} metadata
					*        Metadata about the wrapped method which has created the callback.
					* @param {boolean} metadata.singleCallbackArg
					*        Whether or not the promise is resolved with only the first
					*        argument of the callback, alternatively an array of all the
					*        callback arguments is resolved. By default, if the callback
					*        function is invoked with only a single argument, that will be
					*        resolved to the promise, while all arguments will be resolved as
					*        an array if multiple are given.
					*
					* @returns {function}
					*        The generated callback function.
					*/
					const makeCallback = (promise, metadata) => {
						return (...callbackArgs) => {
							if (extensionAPIs.runtime.lastError) promise.reject(new Error(extensionAPIs.runtime.lastError.message));
							else if (metadata.singleCallbackArg || callbackArgs.length <= 1 && metadata.singleCallbackArg !== false) promise.resolve(callbackArgs[0]);
							else promise.resolve(callbackArgs);
						};
					};
					const pluralizeArguments = (numArgs) => numArgs == 1 ? "argument" : "arguments";
					/**
					* Creates a wrapper function for a method with the given name and metadata.
					*
					* @param {string} name
					*        The name of the method which is being wrapped.
					* @param {object} metadata
					*        Metadata about the method being wrapped.
					* @param {integer} metadata.minArgs
					*        The minimum number of arguments which must be passed to the
					*        function. If called with fewer than this number of arguments, the
					*        wrapper will raise an exception.
					* @param {integer} metadata.maxArgs
					*        The maximum number of arguments which may be passed to the
					*        function. If called with more than this number of arguments, the
					*        wrapper will raise an exception.
					* @param {boolean} metadata.singleCallbackArg
					*        Whether or not the promise is resolved with only the first
					*        argument of the callback, alternatively an array of all the
					*        callback arguments is resolved. By default, if the callback
					*        function is invoked with only a single argument, that will be
					*        resolved to the promise, while all arguments will be resolved as
					*        an array if multiple are given.
					*
					* @returns {function(object, ...*)}
					*       The generated wrapper function.
					*/
					const wrapAsyncFunction = (name, metadata) => {
						return function asyncFunctionWrapper(target, ...args) {
							if (args.length < metadata.minArgs) throw new Error(`Expected at least ${metadata.minArgs} ${pluralizeArguments(metadata.minArgs)} for ${name}(), got ${args.length}`);
							if (args.length > metadata.maxArgs) throw new Error(`Expected at most ${metadata.maxArgs} ${pluralizeArguments(metadata.maxArgs)} for ${name}(), got ${args.length}`);
							return new Promise((resolve, reject) => {
								if (metadata.fallbackToNoCallback) try {
									target[name](...args, makeCallback({
										resolve,
										reject
									}, metadata));
								} catch (cbError) {
									console.warn(`${name} API method doesn't seem to support the callback parameter, falling back to call it without a callback: `, cbError);
									target[name](...args);
									metadata.fallbackToNoCallback = false;
									metadata.noCallback = true;
									resolve();
								}
								else if (metadata.noCallback) {
									target[name](...args);
									resolve();
								} else target[name](...args, makeCallback({
									resolve,
									reject
								}, metadata));
							});
						};
					};
					/**
					* Wraps an existing method of the target object, so that calls to it are
					* intercepted by the given wrapper function. The wrapper function receives,
					* as its first argument, the original `target` object, followed by each of
					* the arguments passed to the original method.
					*
					* @param {object} target
					*        The original target object that the wrapped method belongs to.
					* @param {function} method
					*        The method being wrapped. This is used as the target of the Proxy
					*        object which is created to wrap the method.
					* @param {function} wrapper
					*        The wrapper function which is called in place of a direct invocation
					*        of the wrapped method.
					*
					* @returns {Proxy<function>}
					*        A Proxy object for the given method, which invokes the given wrapper
					*        method in its place.
					*/
					const wrapMethod = (target, method, wrapper) => {
						return new Proxy(method, { apply(targetMethod, thisObj, args) {
							return wrapper.call(thisObj, target, ...args);
						} });
					};
					let hasOwnProperty = Function.call.bind(Object.prototype.hasOwnProperty);
					/**
					* Wraps an object in a Proxy which intercepts and wraps certain methods
					* based on the given `wrappers` and `metadata` objects.
					*
					* @param {object} target
					*        The target object to wrap.
					*
					* @param {object} [wrappers = {}]
					*        An object tree containing wrapper functions for special cases. Any
					*        function present in this object tree is called in place of the
					*        method in the same location in the `target` object tree. These
					*        wrapper methods are invoked as described in {@see wrapMethod}.
					*
					* @param {object} [metadata = {}]
					*        An object tree containing metadata used to automatically generate
					*        Promise-based wrapper functions for asynchronous. Any function in
					*        the `target` object tree which has a corresponding metadata object
					*        in the same location in the `metadata` tree is replaced with an
					*        automatically-generated wrapper function, as described in
					*        {@see wrapAsyncFunction}
					*
					* @returns {Proxy<object>}
					*/
					const wrapObject = (target, wrappers = {}, metadata = {}) => {
						let cache = Object.create(null);
						let handlers = {
							has(proxyTarget, prop) {
								return prop in target || prop in cache;
							},
							get(proxyTarget, prop, receiver) {
								if (prop in cache) return cache[prop];
								if (!(prop in target)) return;
								let value = target[prop];
								if (typeof value === "function") {
									if (typeof wrappers[prop] === "function") value = wrapMethod(target, target[prop], wrappers[prop]);
									else if (hasOwnProperty(metadata, prop)) {
										let wrapper = wrapAsyncFunction(prop, metadata[prop]);
										value = wrapMethod(target, target[prop], wrapper);
									} else value = value.bind(target);
								} else if (typeof value === "object" && value !== null && (hasOwnProperty(wrappers, prop) || hasOwnProperty(metadata, prop))) value = wrapObject(value, wrappers[prop], metadata[prop]);
								else if (hasOwnProperty(metadata, "*")) value = wrapObject(value, wrappers[prop], metadata["*"]);
								else {
									Object.defineProperty(cache, prop, {
										configurable: true,
										enumerable: true,
										get() {
											return target[prop];
										},
										set(value) {
											target[prop] = value;
										}
									});
									return value;
								}
								cache[prop] = value;
								return value;
							},
							set(proxyTarget, prop, value, receiver) {
								if (prop in cache) cache[prop] = value;
								else target[prop] = value;
								return true;
							},
							defineProperty(proxyTarget, prop, desc) {
								return Reflect.defineProperty(cache, prop, desc);
							},
							deleteProperty(proxyTarget, prop) {
								return Reflect.deleteProperty(cache, prop);
							}
						};
						let proxyTarget = Object.create(target);
						return new Proxy(proxyTarget, handlers);
					};
					/**
					* Creates a set of wrapper functions for an event object, which handles
					* wrapping of listener functions that those messages are passed.
					*
					* A single wrapper is created for each listener function, and stored in a
					* map. Subsequent calls to `addListener`, `hasListener`, or `removeListener`
					* retrieve the original wrapper, so that  attempts to remove a
					* previously-added listener work as expected.
					*
					* @param {DefaultWeakMap<function, function>} wrapperMap
					*        A DefaultWeakMap object which will create the appropriate wrapper
					*        for a given listener function when one does not exist, and retrieve
					*        an existing one when it does.
					*
					* @returns {object}
					*/
					const wrapEvent = (wrapperMap) => ({
						addListener(target, listener, ...args) {
							target.addListener(wrapperMap.get(listener), ...args);
						},
						hasListener(target, listener) {
							return target.hasListener(wrapperMap.get(listener));
						},
						removeListener(target, listener) {
							target.removeListener(wrapperMap.get(listener));
						}
					});
					const onRequestFinishedWrappers = new DefaultWeakMap((listener) => {
						if (typeof listener !== "function") return listener;
						/**
						* Wraps an onRequestFinished listener function so that it will return a
						* `getContent()` property which returns a `Promise` rather than using a
						* callback API.
						*
						* @param {object} req
						*        The HAR entry object representing the network request.
						*/
						return function onRequestFinished(req) {
							listener(wrapObject(req, {}, { getContent: {
								minArgs: 0,
								maxArgs: 0
							} }));
						};
					});
					const onMessageWrappers = new DefaultWeakMap((listener) => {
						if (typeof listener !== "function") return listener;
						/**
						* Wraps a message listener function so that it may send responses based on
						* its return value, rather than by returning a sentinel value and calling a
						* callback. If the listener function returns a Promise, the response is
						* sent when the promise either resolves or rejects.
						*
						* @param {*} message
						*        The message sent by the other end of the channel.
						* @param {object} sender
						*        Details about the sender of the message.
						* @param {function(*)} sendResponse
						*        A callback which, when called with an arbitrary argument, sends
						*        that value as a response.
						* @returns {boolean}
						*        True if the wrapped listener returned a Promise, which will later
						*        yield a response. False otherwise.
						*/
						return function onMessage(message, sender, sendResponse) {
							let didCallSendResponse = false;
							let wrappedSendResponse;
							let sendResponsePromise = new Promise((resolve) => {
								wrappedSendResponse = function(response) {
									didCallSendResponse = true;
									resolve(response);
								};
							});
							let result;
							try {
								result = listener(message, sender, wrappedSendResponse);
							} catch (err) {
								result = Promise.reject(err);
							}
							const isResultThenable = result !== true && isThenable(result);
							if (result !== true && !isResultThenable && !didCallSendResponse) return false;
							const sendPromisedResult = (promise) => {
								promise.then((msg) => {
									sendResponse(msg);
								}, (error) => {
									let message;
									if (error && (error instanceof Error || typeof error.message === "string")) message = error.message;
									else message = "An unexpected error occurred";
									sendResponse({
										__mozWebExtensionPolyfillReject__: true,
										message
									});
								}).catch((err) => {
									console.error("Failed to send onMessage rejected reply", err);
								});
							};
							if (isResultThenable) sendPromisedResult(result);
							else sendPromisedResult(sendResponsePromise);
							return true;
						};
					});
					const wrappedSendMessageCallback = ({ reject, resolve }, reply) => {
						if (extensionAPIs.runtime.lastError) {
							if (extensionAPIs.runtime.lastError.message === CHROME_SEND_MESSAGE_CALLBACK_NO_RESPONSE_MESSAGE) resolve();
							else reject(new Error(extensionAPIs.runtime.lastError.message));
						} else if (reply && reply.__mozWebExtensionPolyfillReject__) reject(new Error(reply.message));
						else resolve(reply);
					};
					const wrappedSendMessage = (name, metadata, apiNamespaceObj, ...args) => {
						if (args.length < metadata.minArgs) throw new Error(`Expected at least ${metadata.minArgs} ${pluralizeArguments(metadata.minArgs)} for ${name}(), got ${args.length}`);
						if (args.length > metadata.maxArgs) throw new Error(`Expected at most ${metadata.maxArgs} ${pluralizeArguments(metadata.maxArgs)} for ${name}(), got ${args.length}`);
						return new Promise((resolve, reject) => {
							const wrappedCb = wrappedSendMessageCallback.bind(null, {
								resolve,
								reject
							});
							args.push(wrappedCb);
							apiNamespaceObj.sendMessage(...args);
						});
					};
					const staticWrappers = {
						devtools: { network: { onRequestFinished: wrapEvent(onRequestFinishedWrappers) } },
						runtime: {
							onMessage: wrapEvent(onMessageWrappers),
							onMessageExternal: wrapEvent(onMessageWrappers),
							sendMessage: wrappedSendMessage.bind(null, "sendMessage", {
								minArgs: 1,
								maxArgs: 3
							})
						},
						tabs: { sendMessage: wrappedSendMessage.bind(null, "sendMessage", {
							minArgs: 2,
							maxArgs: 3
						}) }
					};
					const settingMetadata = {
						clear: {
							minArgs: 1,
							maxArgs: 1
						},
						get: {
							minArgs: 1,
							maxArgs: 1
						},
						set: {
							minArgs: 1,
							maxArgs: 1
						}
					};
					apiMetadata.privacy = {
						network: { "*": settingMetadata },
						services: { "*": settingMetadata },
						websites: { "*": settingMetadata }
					};
					return wrapObject(extensionAPIs, staticWrappers, apiMetadata);
				};
				module.exports = wrapAPIs(chrome);
			} else module.exports = globalThis.browser;
		});
	})))(), 1);
	// node_modules/idb/build/index.js
	var instanceOfAny = (object, constructors) => constructors.some((c) => object instanceof c);
	var idbProxyableTypes;
	var cursorAdvanceMethods;
	function getIdbProxyableTypes() {
		return idbProxyableTypes || (idbProxyableTypes = [
			IDBIndex,
			IDBObjectStore,
			IDBCursor,
			IDBDatabase,
			IDBTransaction
		]);
	}
	function getCursorAdvanceMethods() {
		return cursorAdvanceMethods || (cursorAdvanceMethods = [
			"advance",
			"continue",
			"continuePrimaryKey"
		].map((method) => IDBCursor.prototype[method]));
	}
	var transactionDoneMap = /* @__PURE__ */ new WeakMap();
	var transformCache = /* @__PURE__ */ new WeakMap();
	var reverseTransformCache = /* @__PURE__ */ new WeakMap();
	function promisifyRequest(request) {
		const promise = new Promise((resolve, reject) => {
			const unlisten = () => {
				request.removeEventListener("success", success);
				request.removeEventListener("error", error);
			};
			const success = () => {
				resolve(wrap(request.result));
				unlisten();
			};
			const error = () => {
				reject(request.error);
				unlisten();
			};
			request.addEventListener("success", success);
			request.addEventListener("error", error);
		});
		reverseTransformCache.set(promise, request);
		return promise;
	}
	function cacheDonePromiseForTransaction(tx) {
		if (transactionDoneMap.has(tx)) return;
		const done = new Promise((resolve, reject) => {
			const unlisten = () => {
				tx.removeEventListener("complete", complete);
				tx.removeEventListener("error", error);
				tx.removeEventListener("abort", error);
			};
			const complete = () => {
				resolve();
				unlisten();
			};
			const error = () => {
				reject(tx.error || new DOMException("AbortError", "AbortError"));
				unlisten();
			};
			tx.addEventListener("complete", complete);
			tx.addEventListener("error", error);
			tx.addEventListener("abort", error);
		});
		transactionDoneMap.set(tx, done);
	}
	var idbProxyTraps = {
		get(target, prop, receiver) {
			if (target instanceof IDBTransaction) {
				if (prop === "done") return transactionDoneMap.get(target);
				if (prop === "store") return receiver.objectStoreNames[1] ? void 0 : receiver.objectStore(receiver.objectStoreNames[0]);
			}
			return wrap(target[prop]);
		},
		set(target, prop, value) {
			target[prop] = value;
			return true;
		},
		has(target, prop) {
			if (target instanceof IDBTransaction && (prop === "done" || prop === "store")) return true;
			return prop in target;
		}
	};
	function replaceTraps(callback) {
		idbProxyTraps = callback(idbProxyTraps);
	}
	function wrapFunction(func) {
		if (getCursorAdvanceMethods().includes(func)) return function(...args) {
			func.apply(unwrap(this), args);
			return wrap(this.request);
		};
		return function(...args) {
			return wrap(func.apply(unwrap(this), args));
		};
	}
	function transformCachableValue(value) {
		if (typeof value === "function") return wrapFunction(value);
		if (value instanceof IDBTransaction) cacheDonePromiseForTransaction(value);
		if (instanceOfAny(value, getIdbProxyableTypes())) return new Proxy(value, idbProxyTraps);
		return value;
	}
	function wrap(value) {
		if (value instanceof IDBRequest) return promisifyRequest(value);
		if (transformCache.has(value)) return transformCache.get(value);
		const newValue = transformCachableValue(value);
		if (!Object.is(newValue, value)) {
			transformCache.set(value, newValue);
			reverseTransformCache.set(newValue, value);
		}
		return newValue;
	}
	var unwrap = (value) => reverseTransformCache.get(value);
	/**
	* Open a database.
	*
	* @param name Name of the database.
	* @param version Schema version.
	* @param callbacks Additional callbacks.
	*/
	function openDB(name, version, { blocked, upgrade, blocking, terminated } = {}) {
		const request = indexedDB.open(name, version);
		const openPromise = wrap(request);
		if (upgrade) request.addEventListener("upgradeneeded", (event) => {
			upgrade(wrap(request.result), event.oldVersion, event.newVersion, wrap(request.transaction), event);
		});
		if (blocked) request.addEventListener("blocked", (event) => blocked(event.oldVersion, event.newVersion, event));
		openPromise.then((db) => {
			if (terminated) db.addEventListener("close", () => terminated());
			if (blocking) db.addEventListener("versionchange", (event) => blocking(event.oldVersion, event.newVersion, event));
		}).catch(() => {});
		return openPromise;
	}
	var readMethods = [
		"get",
		"getKey",
		"getAll",
		"getAllKeys",
		"count"
	];
	var writeMethods = [
		"put",
		"add",
		"delete",
		"clear"
	];
	var cachedMethods = {};
	function getMethod(target, prop) {
		if (!(target instanceof IDBDatabase && !(prop in target) && typeof prop === "string")) return;
		if (cachedMethods[prop]) return cachedMethods[prop];
		const targetFuncName = prop.replace(/FromIndex$/, "");
		const useIndex = prop !== targetFuncName;
		const isWrite = writeMethods.includes(targetFuncName);
		if (!(targetFuncName in (useIndex ? IDBIndex : IDBObjectStore).prototype) || !(isWrite || readMethods.includes(targetFuncName))) return;
		const method = async function(storeName, ...args) {
			const tx = this.transaction(storeName, isWrite ? "readwrite" : "readonly");
			let target = tx.store;
			if (useIndex) target = target.index(args.shift());
			return (await Promise.all([target[targetFuncName](...args), isWrite && tx.done]))[0];
		};
		return cachedMethods[prop] = method;
	}
	replaceTraps((oldTraps) => ({
		...oldTraps,
		get: (target, prop, receiver) => getMethod(target, prop) || oldTraps.get(target, prop, receiver),
		has: (target, prop) => !!getMethod(target, prop) || oldTraps.has(target, prop)
	}));
	var advanceMethodProps = [
		"advance",
		"continue",
		"continuePrimaryKey"
	];
	var methodMap = {};
	var advanceResults = /* @__PURE__ */ new WeakMap();
	var ittrProxiedCursorToOriginalProxy = /* @__PURE__ */ new WeakMap();
	var cursorIteratorTraps = { get(target, prop) {
		if (!advanceMethodProps.includes(prop)) return target[prop];
		let cachedFunc = methodMap[prop];
		if (!cachedFunc) cachedFunc = methodMap[prop] = function(...args) {
			advanceResults.set(this, ittrProxiedCursorToOriginalProxy.get(this)[prop](...args));
		};
		return cachedFunc;
	} };
	async function* iterate(...args) {
		let cursor = this;
		if (!(cursor instanceof IDBCursor)) cursor = await cursor.openCursor(...args);
		if (!cursor) return;
		cursor = cursor;
		const proxiedCursor = new Proxy(cursor, cursorIteratorTraps);
		ittrProxiedCursorToOriginalProxy.set(proxiedCursor, cursor);
		reverseTransformCache.set(proxiedCursor, unwrap(cursor));
		while (cursor) {
			yield proxiedCursor;
			cursor = await (advanceResults.get(proxiedCursor) || cursor.continue());
			advanceResults.delete(proxiedCursor);
		}
	}
	function isIteratorProp(target, prop) {
		return prop === Symbol.asyncIterator && instanceOfAny(target, [
			IDBIndex,
			IDBObjectStore,
			IDBCursor
		]) || prop === "iterate" && instanceOfAny(target, [IDBIndex, IDBObjectStore]);
	}
	replaceTraps((oldTraps) => ({
		...oldTraps,
		get(target, prop, receiver) {
			if (isIteratorProp(target, prop)) return iterate;
			return oldTraps.get(target, prop, receiver);
		},
		has(target, prop) {
			return isIteratorProp(target, prop) || oldTraps.has(target, prop);
		}
	}));
	// node_modules/zod/v4/core/util.js
	function getEnumValues(entries) {
		const numericValues = Object.values(entries).filter((v) => typeof v === "number");
		return Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
	}
	function jsonStringifyReplacer(_, value) {
		if (typeof value === "bigint") return value.toString();
		return value;
	}
	var Cached = class {
		constructor(getter) {
			this._getter = getter;
			this._value = void 0;
		}
		get value() {
			const getter = this._getter;
			if (getter !== void 0) {
				this._value = getter();
				this._getter = void 0;
			}
			return this._value;
		}
	};
	function cached(getter) {
		return new Cached(getter);
	}
	function nullish(input) {
		return input === null || input === void 0;
	}
	function cleanRegex(source) {
		const start = source.startsWith("^") ? 1 : 0;
		const end = source.endsWith("$") ? source.length - 1 : source.length;
		return source.slice(start, end);
	}
	function assignProp(target, prop, value) {
		Object.defineProperty(target, prop, {
			value,
			writable: true,
			enumerable: true,
			configurable: true
		});
	}
	/**
	* Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
	*
	* Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
	*/
	function rawShape(def) {
		const desc = Object.getOwnPropertyDescriptor(def, "shape");
		return desc?.get ? desc.get.raw : desc?.value;
	}
	var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {};
	function isObject(data) {
		return typeof data === "object" && data !== null && !Array.isArray(data);
	}
	var propertyKeyTypes = /* @__PURE__*/ new Set([
		"string",
		"number",
		"symbol"
	]);
	function escapeRegex(str) {
		return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
	}
	function clone(inst, def, params) {
		const cl = new inst._zod.constr(def ?? inst._zod.def);
		if (!def || params?.parent) cl._zod.parent = inst;
		return cl;
	}
	function normalizeParams(_params) {
		const params = _params;
		if (!params) return {};
		if (typeof params === "string") return { error: () => params };
		if (params?.message !== void 0) {
			if (params?.error !== void 0) throw new Error("Cannot specify both `message` and `error` params");
			params.error = params.message;
		}
		delete params.message;
		if (typeof params.error === "string") return {
			...params,
			error: () => params.error
		};
		return params;
	}
	function optionalKeys(shape) {
		return Object.keys(shape).filter((k) => {
			return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
		});
	}
	var NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
		safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
		int32: [-2147483648, 2147483647],
		uint32: [0, 4294967295],
		float32: [-34028234663852886e22, 34028234663852886e22],
		float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
	}))();
	function aborted(x, startIndex = 0) {
		if (x.aborted === true) return true;
		for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue !== true) return true;
		return false;
	}
	function explicitlyAborted(x, startIndex = 0) {
		if (x.aborted === true) return true;
		for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue === false) return true;
		return false;
	}
	function prefixIssues(path, issues) {
		return issues.map((iss) => {
			var _a;
			(_a = iss).path ?? (_a.path = []);
			iss.path.unshift(path);
			return iss;
		});
	}
	function unwrapMessage(message) {
		return typeof message === "string" ? message : message?.message;
	}
	/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
	function sizeCaps(defChecks) {
		const caps = [];
		for (const ch of defChecks ?? []) {
			const d = ch._zod.def;
			if (!/_(length|size)$|_equals$/.test(d.check)) break;
			const max = d.maximum ?? d.length ?? d.size;
			if (max >= 0) caps.push([max, ch]);
		}
		return caps;
	}
	function attachSchema(issues, start, inst) {
		var _a;
		for (let i = start; i < issues.length; i++) (_a = issues[i]).schema ?? (_a.schema = inst);
	}
	function finalizeIssue(iss, ctx, config) {
		var _a;
		const traits = iss.inst?._zod?.traits;
		if (traits?.has("$ZodType")) {
			if (traits.has("$ZodCheck")) (_a = iss).schema ?? (_a.schema = iss.inst);
			else iss.schema = iss.inst;
		}
		const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
		const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config.customError?.(iss)) ?? unwrapMessage(config.localeError?.(iss)) ?? "Invalid input";
		const full = {};
		for (const k of Object.keys(iss)) {
			if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__") continue;
			full[k] = iss[k];
		}
		full.path ?? (full.path = []);
		full.message = message;
		if (ctx?.reportInput) full.input = iss.input;
		return full;
	}
	var highSurrogate = /[\uD800-\uDBFF]/;
	function codePointLength(str) {
		const units = str.length;
		if (!highSurrogate.test(str)) return units;
		let count = units;
		for (let i = 0; i < units - 1; i++) if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
			count--;
			i++;
		}
		return count;
	}
	function getLengthableOrigin(input) {
		if (Array.isArray(input)) return "array";
		if (typeof input === "string") return "string";
		return "unknown";
	}
	function issue(...args) {
		const [iss, input, inst] = args;
		if (typeof iss === "string") return {
			message: iss,
			code: "custom",
			input,
			inst
		};
		return { ...iss };
	}
	/**
	* Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
	*
	* Call this from a `proto` initializer, which runs once per prototype — never per instance.
	*/
	function members(proto, table) {
		for (const key in table) {
			const desc = Object.getOwnPropertyDescriptor(table, key);
			if (desc.get) Object.defineProperty(proto, key, {
				...desc,
				enumerable: false
			});
			else defineBound(proto, key, desc.value);
		}
	}
	/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
	function own(inst, key, value, enumerable = true) {
		Object.defineProperty(inst, key, {
			configurable: true,
			writable: true,
			enumerable,
			value
		});
		return value;
	}
	/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
	function hide(inst, key, value) {
		return own(inst, key, value, false);
	}
	function defineBound(proto, key, fn) {
		Object.defineProperty(proto, key, {
			configurable: true,
			get() {
				return this == null ? fn : own(this, key, fn.bind(this));
			},
			set(value) {
				own(this, key, value);
			}
		});
	}
	/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
	function claim(inst, sentinel) {
		const proto = Object.getPrototypeOf(inst);
		return sentinel in proto ? void 0 : proto;
	}
	var installing;
	var broke = false;
	var breaker = {
		configurable: true,
		get() {
			broke = true;
		}
	};
	/**
	* Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
	* constructor, computed from the internals object itself and cached there on
	* first read. One accessor per constructor rather than one per instance.
	*/
	function defineLazyInternal(inst, key, compute) {
		const proto = Object.getPrototypeOf(inst._zod);
		if (key in proto && installing !== inst._zod) {
			installing = void 0;
			return;
		}
		installing = inst._zod;
		Object.defineProperty(proto, key, {
			configurable: true,
			get() {
				Object.defineProperty(this, key, breaker);
				const outer = broke;
				broke = false;
				try {
					const value = compute(this);
					if (broke) delete this[key];
					else Object.defineProperty(this, key, {
						configurable: true,
						writable: true,
						value
					});
					broke = broke || outer;
					return value;
				} catch (err) {
					delete this[key];
					broke = broke || outer;
					throw err;
				}
			},
			set(value) {
				Object.defineProperty(this, key, {
					configurable: true,
					writable: true,
					value
				});
			}
		});
	}
	/**
	* Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
	* data property. One accessor per constructor rather than one per instance, because an own accessor
	* puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
	*/
	function installLazyProp(inst, key, make, enumerable) {
		const proto = claim(inst, key);
		if (!proto) return;
		Object.defineProperty(proto, key, {
			configurable: true,
			get() {
				const desc = {
					configurable: true,
					writable: true,
					enumerable,
					value: void 0
				};
				Object.defineProperty(this, key, desc);
				desc.value = make(this);
				Object.defineProperty(this, key, desc);
				return desc.value;
			},
			set(value) {
				Object.defineProperty(this, key, {
					configurable: true,
					writable: true,
					enumerable,
					value
				});
			}
		});
	}
	// node_modules/zod/v4/core/core.js
	var _a;
	var _zodDesc = {
		value: void 0,
		enumerable: false
	};
	var _E = "captureStackTrace" in Error ? Error : null;
	function newError(Definition) {
		const E = _E;
		if (E) {
			const saved = E.stackTraceLimit;
			if (typeof saved === "number") {
				try {
					E.stackTraceLimit = 0;
				} catch {
					_E = null;
					return new Definition();
				}
				try {
					return new Definition();
				} finally {
					E.stackTraceLimit = saved;
				}
			}
		}
		return new Definition();
	}
	/* @__NO_SIDE_EFFECTS__ */
	function $constructor(name, initializer, proto, params) {
		const zodProto = {};
		function Internals(def) {
			this.def = def;
			this.constr = _;
			this.traits = /* @__PURE__ */ new Set();
		}
		Internals.prototype = zodProto;
		const protoMembers = proto;
		const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
		function init(inst, def) {
			if (!inst._zod) {
				_zodDesc.value = new Internals(def);
				try {
					Object.defineProperty(inst, "_zod", _zodDesc);
				} finally {
					_zodDesc.value = void 0;
				}
			} else if (inst._zod.traits.has(name)) return;
			inst._zod.traits.add(name);
			initializer(inst, def);
			if (initialized) {
				const own = Object.getPrototypeOf(inst);
				const ctorProto = inst._zod.constr.prototype;
				let up = own;
				while (up && up !== ctorProto) up = Object.getPrototypeOf(up);
				const target = up ?? own;
				if (!initialized.has(target)) {
					initialized.add(target);
					members(target, protoMembers);
				}
			}
			const proto = _.prototype;
			for (const k in proto) {
				if (!Object.prototype.hasOwnProperty.call(proto, k)) continue;
				if (!(k in inst)) inst[k] = proto[k].bind(inst);
			}
		}
		const Parent = params?.Parent ?? Object;
		class Definition extends Parent {}
		Object.defineProperty(Definition, "name", { value: name });
		function _(def) {
			const inst = params?.Parent ? newError(Definition) : this;
			init(inst, def);
			const deferred = inst._zod.deferred;
			if (deferred) {
				for (const fn of deferred) fn();
				inst._zod.deferred = void 0;
			}
			const pp = globalThis.__zod_globalConfig?.postProcessor;
			if (pp) pp(inst);
			return inst;
		}
		Object.defineProperty(_, "init", { value: init });
		Object.defineProperty(_, Symbol.hasInstance, { value: (inst) => {
			if (params?.Parent && inst instanceof params.Parent) return true;
			return inst?._zod?.traits?.has(name);
		} });
		Object.defineProperty(_, "name", { value: name });
		return _;
	}
	var $ZodAsyncError = class extends Error {
		constructor() {
			super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
		}
	};
	(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
	var globalConfig = globalThis.__zod_globalConfig;
	function config(newConfig) {
		if (newConfig) Object.assign(globalConfig, newConfig);
		return globalConfig;
	}
	// node_modules/zod/v4/core/errors.js
	function _getMessage() {
		const internals = this._zod;
		internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
		return internals.message;
	}
	function _setMessage(value) {
		this._zod.message = value;
	}
	var _messageDesc = {
		get: _getMessage,
		set: _setMessage,
		enumerable: true,
		configurable: true
	};
	var _issuesDesc = {
		value: void 0,
		enumerable: false
	};
	var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
	var initializer = (inst, def) => {
		inst.name = "$ZodError";
		_issuesDesc.value = def;
		Object.defineProperty(inst, "issues", _issuesDesc);
		_issuesDesc.value = void 0;
		Object.defineProperty(inst, "message", _messageDesc);
		const proto = Object.getPrototypeOf(inst);
		if (!_installedToString.has(proto)) {
			_installedToString.add(proto);
			Object.defineProperty(proto, "toString", {
				configurable: true,
				enumerable: false,
				get() {
					const value = () => this.message;
					Object.defineProperty(this, "toString", {
						value,
						configurable: true,
						writable: true
					});
					return value;
				},
				set(value) {
					Object.defineProperty(this, "toString", {
						value,
						configurable: true,
						writable: true
					});
				}
			});
		}
	};
	var $ZodRealError = /* @__PURE__ */ $constructor("$ZodError", initializer, void 0, { Parent: Error });
	// node_modules/zod/v4/core/parse.js
	var _parse = (_Err) => {
		const fn = (schema, value, _ctx, _params) => {
			const ctx = _ctx ? {
				..._ctx,
				async: false
			} : { async: false };
			const result = schema._zod.run({
				value,
				issues: []
			}, ctx);
			if (result instanceof Promise) throw new $ZodAsyncError();
			if (result.issues.length) {
				const e = new ((_params?.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
				captureStackTrace(e, _params?.callee ?? fn);
				throw e;
			}
			return result.value;
		};
		return fn;
	};
	var parse = /* @__PURE__*/ _parse($ZodRealError);
	var _parseAsync = (_Err) => {
		const fn = async (schema, value, _ctx, params) => {
			const ctx = _ctx ? {
				..._ctx,
				async: true
			} : { async: true };
			let result = schema._zod.run({
				value,
				issues: []
			}, ctx);
			if (result instanceof Promise) result = await result;
			if (result.issues.length) {
				const e = new ((params?.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
				captureStackTrace(e, params?.callee ?? fn);
				throw e;
			}
			return result.value;
		};
		return fn;
	};
	var parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
	var _safeParse = (_Err) => (schema, value, _ctx) => {
		const ctx = _ctx ? {
			..._ctx,
			async: false
		} : { async: false };
		const result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) throw new $ZodAsyncError();
		return result.issues.length ? failure(_Err, result.issues, ctx) : {
			success: true,
			data: result.value
		};
	};
	var safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
	function failure(Err, issues, ctx) {
		let error;
		return {
			success: false,
			get error() {
				if (!error) {
					error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
					issues = void 0;
					ctx = void 0;
				}
				return error;
			},
			set error(e) {
				error = e;
				issues = void 0;
				ctx = void 0;
			}
		};
	}
	var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
		const ctx = _ctx ? {
			..._ctx,
			async: true
		} : { async: true };
		let result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) result = await result;
		return result.issues.length ? failure(_Err, result.issues, ctx) : {
			success: true,
			data: result.value
		};
	};
	var safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
	// node_modules/zod/v4/core/regexes.js
	var anyString = /^[\s\S]{0,}$/;
	var number$1 = /^-?\d+(?:\.\d+)?$/;
	var boolean$1 = /^(?:true|false)$/i;
	// node_modules/zod/v4/core/checks.js
	var $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
		var _a;
		inst._zod ?? (inst._zod = {});
		inst._zod.def = def;
		(_a = inst._zod).onattach ?? (_a.onattach = []);
	});
	/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
	var _whenHasLength = (payload) => {
		const val = payload.value;
		return !nullish(val) && val.length !== void 0;
	};
	var numericOriginMap = {
		number: "number",
		bigint: "bigint",
		object: "date"
	};
	var $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
		$ZodCheck.init(inst, def);
		const origin = numericOriginMap[typeof def.value];
		inst._zod.check = (payload) => {
			if (def.inclusive ? payload.value <= def.value : payload.value < def.value) return;
			payload.issues.push({
				origin: numericOriginMap[typeof payload.value] ?? origin,
				code: "too_big",
				maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
				input: payload.value,
				inclusive: def.inclusive,
				inst,
				continue: !def.abort
			});
		};
	});
	var $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
		$ZodCheck.init(inst, def);
		const origin = numericOriginMap[typeof def.value];
		inst._zod.check = (payload) => {
			if (def.inclusive ? payload.value >= def.value : payload.value > def.value) return;
			payload.issues.push({
				origin: numericOriginMap[typeof payload.value] ?? origin,
				code: "too_small",
				minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
				input: payload.value,
				inclusive: def.inclusive,
				inst,
				continue: !def.abort
			});
		};
	});
	var $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
		$ZodCheck.init(inst, def);
		def.format = def.format || "float64";
		const isInt = def.format?.includes("int");
		const origin = isInt ? "int" : "number";
		const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
		inst._zod.check = (payload) => {
			const input = payload.value;
			if (isInt) {
				if (!Number.isInteger(input)) {
					payload.issues.push({
						expected: origin,
						format: def.format,
						code: "invalid_type",
						continue: false,
						input,
						inst
					});
					return;
				}
				if (!Number.isSafeInteger(input)) {
					if (input > 0) payload.issues.push({
						input,
						code: "too_big",
						maximum: Number.MAX_SAFE_INTEGER,
						note: "Integers must be within the safe integer range.",
						inst,
						origin,
						inclusive: true,
						continue: !def.abort
					});
					else payload.issues.push({
						input,
						code: "too_small",
						minimum: Number.MIN_SAFE_INTEGER,
						note: "Integers must be within the safe integer range.",
						inst,
						origin,
						inclusive: true,
						continue: !def.abort
					});
					return;
				}
			}
			if (input < minimum) payload.issues.push({
				origin: "number",
				input,
				code: "too_small",
				minimum,
				inclusive: true,
				inst,
				continue: !def.abort
			});
			if (input > maximum) payload.issues.push({
				origin: "number",
				input,
				code: "too_big",
				maximum,
				inclusive: true,
				inst,
				continue: !def.abort
			});
		};
	});
	var $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
		var _a;
		$ZodCheck.init(inst, def);
		(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
		inst._zod.check = (payload) => {
			const input = payload.value;
			const units = input.length;
			if ((typeof input === "string" && units > def.maximum ? codePointLength(input) : units) <= def.maximum) return;
			const origin = getLengthableOrigin(input);
			payload.issues.push({
				origin,
				code: "too_big",
				maximum: def.maximum,
				inclusive: true,
				input,
				inst,
				continue: !def.abort
			});
		};
	});
	var $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
		var _a;
		$ZodCheck.init(inst, def);
		(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
		inst._zod.check = (payload) => {
			const input = payload.value;
			const units = input.length;
			if ((typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units) >= def.minimum) return;
			const origin = getLengthableOrigin(input);
			payload.issues.push({
				origin,
				code: "too_small",
				minimum: def.minimum,
				inclusive: true,
				input,
				inst,
				continue: !def.abort
			});
		};
	});
	var $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
		var _a, _b;
		$ZodCheck.init(inst, def);
		if (def.pattern) (_a = inst._zod).check ?? (_a.check = (payload) => {
			def.pattern.lastIndex = 0;
			if (def.pattern.test(payload.value)) return;
			payload.issues.push({
				origin: "string",
				code: "invalid_format",
				format: def.format,
				input: payload.value,
				...def.pattern ? { pattern: def.pattern.toString() } : {},
				inst,
				continue: !def.abort
			});
		});
		else (_b = inst._zod).check ?? (_b.check = () => {});
	});
	var $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
		$ZodCheckStringFormat.init(inst, def);
		inst._zod.check = (payload) => {
			def.pattern.lastIndex = 0;
			if (def.pattern.test(payload.value)) return;
			payload.issues.push({
				origin: "string",
				code: "invalid_format",
				format: "regex",
				input: payload.value,
				pattern: def.pattern.toString(),
				inst,
				continue: !def.abort
			});
		};
	});
	var $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
		$ZodCheck.init(inst, def);
		inst._zod.check = (payload) => {
			payload.value = def.tx(payload.value);
		};
	});
	// node_modules/zod/v4/core/versions.js
	var version = {
		major: 4,
		minor: 6,
		patch: 7
	};
	// node_modules/zod/v4/core/schemas.js
	var $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
		var _a;
		inst ?? (inst = {});
		inst._zod.def = def;
		inst._zod.bag = inst._zod.bag || {};
		inst._zod.version = version;
		const defChecks = inst._zod.def.checks;
		const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
		for (const ch of checks) for (const fn of ch._zod.onattach) fn(inst);
		if (checks.length === 0) {
			(_a = inst._zod).deferred ?? (_a.deferred = []);
			inst._zod.deferred?.push(() => {
				inst._zod.run = inst._zod.parse;
			});
		} else {
			const runChecks = (payload, checks, ctx) => {
				if (payload.memo) return payload;
				let isAborted = aborted(payload);
				let asyncResult;
				for (const ch of checks) {
					if (ch._zod.def.when) {
						if (explicitlyAborted(payload)) continue;
						if (!ch._zod.def.when(payload)) continue;
					} else if (isAborted) continue;
					const currLen = payload.issues.length;
					const _ = ch._zod.check(payload);
					if (_ instanceof Promise && ctx?.async === false) throw new $ZodAsyncError();
					if (asyncResult || _ instanceof Promise) asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
						await _;
						if (payload.issues.length === currLen) return;
						attachSchema(payload.issues, currLen, inst);
						if (!isAborted) isAborted = aborted(payload, currLen);
					});
					else {
						if (payload.issues.length === currLen) continue;
						attachSchema(payload.issues, currLen, inst);
						if (!isAborted) isAborted = aborted(payload, currLen);
					}
				}
				if (asyncResult) return asyncResult.then(() => {
					return payload;
				});
				return payload;
			};
			const handleCanaryResult = (canary, payload, ctx) => {
				if (aborted(canary)) {
					canary.aborted = true;
					return canary;
				}
				const checkResult = runChecks(payload, checks, ctx);
				if (checkResult instanceof Promise) {
					if (ctx.async === false) throw new $ZodAsyncError();
					return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
				}
				return inst._zod.parse(checkResult, ctx);
			};
			inst._zod.run = (payload, ctx) => {
				if (ctx.skipChecks) return inst._zod.parse(payload, ctx);
				if (ctx.direction === "backward") {
					const canary = inst._zod.parse({
						value: payload.value,
						issues: []
					}, {
						...ctx,
						skipChecks: true
					});
					if (canary instanceof Promise) return canary.then((canary) => {
						return handleCanaryResult(canary, payload, ctx);
					});
					return handleCanaryResult(canary, payload, ctx);
				}
				const result = inst._zod.parse(payload, ctx);
				if (result instanceof Promise) {
					if (ctx.async === false) throw new $ZodAsyncError();
					return result.then((result) => runChecks(result, checks, ctx));
				}
				return runChecks(result, checks, ctx);
			};
		}
	}, {
		get "~standard"() {
			return hide(this, "~standard", standardProps(this));
		},
		set "~standard"(value) {
			own(this, "~standard", value);
		}
	});
	/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
	var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
	async function validateAsync(inst, value) {
		const ctx = { async: true };
		return toStandardResult(await inst._zod.run({
			value,
			issues: []
		}, ctx), ctx);
	}
	function standardProps(inst) {
		return {
			validate: (value) => {
				const ctx = { async: false };
				try {
					const r = inst._zod.run({
						value,
						issues: []
					}, ctx);
					if (!(r instanceof Promise)) return toStandardResult(r, ctx);
				} catch (_) {}
				return validateAsync(inst, value);
			},
			vendor: "zod",
			version: 1
		};
	}
	var $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.pattern = def.pattern ?? anyString;
		inst._zod.parse = (payload, _) => {
			if (def.coerce) try {
				payload.value = String(payload.value);
			} catch (_) {}
			if (typeof payload.value === "string") return payload;
			payload.issues.push({
				expected: "string",
				code: "invalid_type",
				input: payload.value,
				inst
			});
			return payload;
		};
	});
	var $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.pattern = number$1;
		inst._zod.parse = (payload, _ctx) => {
			if (def.coerce) try {
				payload.value = Number(payload.value);
			} catch (_) {}
			const input = payload.value;
			if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) return payload;
			const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
			payload.issues.push({
				expected: "number",
				code: "invalid_type",
				input,
				inst,
				...received ? { received } : {}
			});
			return payload;
		};
	});
	var $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
		$ZodCheckNumberFormat.init(inst, def);
		$ZodNumber.init(inst, def);
	});
	var $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
		$ZodType.init(inst, def);
		inst._zod.pattern = boolean$1;
		inst._zod.parse = (payload, _ctx) => {
			if (def.coerce) try {
				payload.value = Boolean(payload.value);
			} catch (_) {}
			const input = payload.value;
			if (typeof input === "boolean") return payload;
			payload.issues.push({
				expected: "boolean",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		};
	});
	function capSize(inst, size) {
		const caps = sizeCaps(inst._zod.def.checks);
		if (!caps.length) return;
		const cap = Math.min(...caps.map((c) => c[0]));
		const parse = inst._zod.parse;
		inst._zod.parse = (payload, ctx) => {
			const n = size(payload.value);
			if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
				for (const [max, ch] of sizeCaps(inst._zod.def.checks)) if (n > max && ch._zod.def.when(payload)) {
					const start = payload.issues.length;
					ch._zod.check(payload);
					payload.issues[start].continue = false;
					attachSchema(payload.issues, start, inst);
					return payload;
				}
			}
			return parse(payload, ctx);
		};
	}
	var arraySize = (input) => Array.isArray(input) ? input.length : -1;
	function handleArrayResult(result, final, index) {
		if (result.issues.length) final.issues.push(...prefixIssues(index, result.issues));
		final.value[index] = result.value;
	}
	var $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
		$ZodType.init(inst, def);
		const memo = globalConfig.memoizer;
		memo?.attach(inst);
		inst._zod.parse = (payload, ctx) => {
			const input = payload.value;
			if (!Array.isArray(input)) {
				payload.issues.push({
					expected: "array",
					code: "invalid_type",
					input,
					inst
				});
				return payload;
			}
			payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
			const proms = [];
			const abortEarly = ctx?.abortEarly;
			for (let i = 0; i < input.length; i++) {
				const item = input[i];
				const result = def.element._zod.run({
					value: item,
					issues: []
				}, ctx);
				if (result instanceof Promise) proms.push(result.then((result) => handleArrayResult(result, payload, i)));
				else {
					handleArrayResult(result, payload, i);
					if (abortEarly && result.issues.length !== 0 && aborted(result)) break;
				}
			}
			if (proms.length) return Promise.all(proms).then(() => payload);
			return payload;
		};
		capSize(inst, arraySize);
	});
	function handlePropertyResult(result, final, key, input, optin, optout) {
		const isPresent = key in input;
		const isOptionalOut = optout === "optional";
		if (!isPresent && isOptionalOut && optin === "optional") return;
		if (result.issues.length) {
			if (optin !== void 0 && isOptionalOut && !isPresent) return;
			final.issues.push(...prefixIssues(key, result.issues));
		}
		if (!isPresent && optin === void 0) {
			if (!result.issues.length) final.issues.push({
				code: "invalid_type",
				expected: "nonoptional",
				input: void 0,
				path: [key]
			});
			return;
		}
		if (result.value === void 0) {
			if (isPresent || optin === "defaulted" && !isOptionalOut) final.value[key] = void 0;
		} else final.value[key] = result.value;
	}
	var NO_SYMBOL_KEYS = [];
	function normalizeDef(def) {
		const keys = Object.keys(def.shape);
		const ownSymbols = Object.getOwnPropertySymbols(def.shape);
		const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
		const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
		for (const k of allKeys) if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
		const okeys = optionalKeys(def.shape);
		return {
			...def,
			allKeys,
			symbolKeys,
			keySet: new Set(keys),
			numKeys: keys.length,
			optionalKeys: new Set(okeys)
		};
	}
	function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
		const unrecognized = [];
		const keySet = def.keySet;
		const _catchall = def.catchall._zod;
		const t = _catchall.def.type;
		const optin = _catchall.optin;
		const optout = _catchall.optout;
		let seen = 0;
		for (const key in input) {
			if (abortEarly && payload.issues.length !== seen) {
				if (aborted(payload, seen)) break;
				seen = payload.issues.length;
			}
			if (keySet.has(key)) continue;
			if (key === "__proto__") {
				if (t === "never") unrecognized.push(key);
				continue;
			}
			if (t === "never") {
				unrecognized.push(key);
				continue;
			}
			const r = _catchall.run({
				value: input[key],
				issues: []
			}, ctx);
			if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
			else handlePropertyResult(r, payload, key, input, optin, optout);
		}
		if (unrecognized.length) payload.issues.push({
			code: "unrecognized_keys",
			keys: unrecognized,
			input,
			inst,
			continue: true
		});
		if (!proms.length) return payload;
		return Promise.all(proms).then(() => {
			return payload;
		});
	}
	var $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
		$ZodType.init(inst, def);
		const desc = Object.getOwnPropertyDescriptor(def, "shape");
		const sh = desc?.get ? desc.get.raw : def.shape ?? {};
		if (sh) {
			const get = () => {
				const newSh = { ...sh };
				Object.defineProperty(def, "shape", { value: newSh });
				get.raw = newSh;
				return newSh;
			};
			get.raw = sh;
			Object.defineProperty(def, "shape", { get });
		}
		const _normalized = cached(() => normalizeDef(def));
		defineLazyInternal(inst, "propValues", (zod) => {
			const shape = zod.def.shape;
			const propValues = {};
			for (const key in shape) {
				const field = shape[key]._zod;
				if (field.values) {
					if (!Object.prototype.hasOwnProperty.call(propValues, key)) assignProp(propValues, key, /* @__PURE__ */ new Set());
					for (const v of field.values) propValues[key].add(v);
					if (field.optin !== void 0) propValues[key].add(void 0);
				}
			}
			return propValues;
		});
		const isObject$1 = isObject;
		const catchall = def.catchall;
		let value;
		const memo = globalConfig.memoizer;
		memo?.attach(inst);
		inst._zod.parse = (payload, ctx) => {
			value ?? (value = _normalized.value);
			const input = payload.value;
			if (!isObject$1(input)) {
				payload.issues.push({
					expected: "object",
					code: "invalid_type",
					input,
					inst
				});
				return payload;
			}
			payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
			const proms = [];
			const shape = value.shape;
			const abortEarly = ctx?.abortEarly;
			let seen = payload.issues.length;
			for (const key of value.allKeys) {
				if (abortEarly && payload.issues.length !== seen) {
					if (aborted(payload, seen)) break;
					seen = payload.issues.length;
				}
				if (key === "__proto__") continue;
				const el = shape[key];
				const optin = el._zod.optin;
				const optout = el._zod.optout;
				const r = el._zod.run({
					value: input[key],
					issues: []
				}, ctx);
				if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
				else handlePropertyResult(r, payload, key, input, optin, optout);
			}
			if (!catchall) return proms.length ? Promise.all(proms).then(() => payload) : payload;
			return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
		};
	});
	function handleUnionResults(results, final, inst, ctx) {
		for (const result of results) if (result.issues.length === 0) {
			final.value = result.value;
			return final;
		}
		const nonaborted = results.filter((r) => !aborted(r));
		if (nonaborted.length === 1) {
			final.value = nonaborted[0].value;
			return nonaborted[0];
		}
		final.issues.push({
			code: "invalid_union",
			input: final.value,
			inst,
			errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
		});
		return final;
	}
	var $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
		$ZodType.init(inst, def);
		defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
		defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
		defineLazyInternal(inst, "values", (zod) => {
			if (zod.def.options.every((o) => o._zod.values)) return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
		});
		defineLazyInternal(inst, "pattern", (zod) => {
			if (zod.def.options.every((o) => o._zod.pattern)) {
				const patterns = zod.def.options.map((o) => o._zod.pattern);
				return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
			}
		});
		const first = def.options.length === 1 ? def.options[0]._zod.run : null;
		inst._zod.parse = (payload, ctx) => {
			if (first) return first(payload, ctx);
			let async = false;
			const results = [];
			for (const option of def.options) {
				const result = option._zod.run({
					value: payload.value,
					issues: []
				}, ctx);
				if (result instanceof Promise) {
					results.push(result);
					async = true;
				} else {
					if (result.issues.length === 0) return result;
					results.push(result);
				}
			}
			if (!async) return handleUnionResults(results, payload, inst, ctx);
			return Promise.all(results).then((results) => {
				return handleUnionResults(results, payload, inst, ctx);
			});
		};
	});
	function discriminatorMap(def) {
		const map = /* @__PURE__ */ new Map();
		for (const option of def.options) {
			const values = option._zod.propValues?.[def.discriminator];
			if (!values || values.size === 0) throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
			for (const value of values) if (map.has(value)) {
				if (value !== void 0) throw new Error(`Duplicate discriminator value "${String(value)}"`);
				map.set(value, null);
			} else map.set(value, option);
		}
		return map;
	}
	var $ZodDiscriminatedUnion = /*@__PURE__*/ $constructor("$ZodDiscriminatedUnion", (inst, def) => {
		def.inclusive = false;
		$ZodUnion.init(inst, def);
		const _super = inst._zod.parse;
		defineLazyInternal(inst, "propValues", (zod) => {
			const propValues = {};
			let undefinedCount = 0;
			for (const option of zod.def.options) {
				const pv = option._zod.propValues;
				if (!pv || Object.keys(pv).length === 0) throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
				if (pv[zod.def.discriminator]?.has(void 0)) undefinedCount++;
				for (const [k, v] of Object.entries(pv)) {
					if (!Object.prototype.hasOwnProperty.call(propValues, k)) assignProp(propValues, k, /* @__PURE__ */ new Set());
					for (const val of v) propValues[k].add(val);
				}
			}
			if (!zod.def.unionFallback && undefinedCount > 1) propValues[zod.def.discriminator]?.delete(void 0);
			return propValues;
		});
		def.options.forEach((option, i) => {
			const propShape = rawShape(option._zod.def);
			if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) throw new Error(`Invalid discriminated union option at index "${i}"`);
		});
		const disc = cached(() => discriminatorMap(def));
		inst._zod.parse = (payload, ctx) => {
			const input = payload.value;
			if (!isObject(input)) {
				payload.issues.push({
					code: "invalid_type",
					expected: "object",
					input,
					inst
				});
				return payload;
			}
			const value = input?.[def.discriminator];
			const opt = disc.value.get(value);
			if (opt && (value !== void 0 || ctx.direction !== "backward")) return opt._zod.run(payload, ctx);
			if (def.unionFallback || ctx.direction === "backward") return _super(payload, ctx);
			payload.issues.push({
				code: "invalid_union",
				errors: [],
				note: "No matching discriminator",
				discriminator: def.discriminator,
				options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
				input,
				path: [def.discriminator],
				inst
			});
			return payload;
		};
	});
	var $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
		$ZodType.init(inst, def);
		const values = getEnumValues(def.entries);
		const valuesSet = new Set(values);
		inst._zod.values = valuesSet;
		defineLazyInternal(inst, "pattern", (zod) => {
			const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
			return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
		});
		inst._zod.parse = (payload, _ctx) => {
			const input = payload.value;
			if (valuesSet.has(input)) return payload;
			payload.issues.push({
				code: "invalid_value",
				values,
				input,
				inst
			});
			return payload;
		};
	});
	var $ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
		$ZodType.init(inst, def);
		const values = new Set(def.values);
		inst._zod.values = values;
		defineLazyInternal(inst, "pattern", (zod) => {
			const vals = zod.def.values;
			return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
		});
		inst._zod.parse = (payload, _ctx) => {
			const input = payload.value;
			if (values.has(input)) return payload;
			payload.issues.push({
				code: "invalid_value",
				values: def.values,
				input,
				inst
			});
			return payload;
		};
	});
	function handleOptionalResult(payload, result) {
		payload.value = result.issues.length ? void 0 : result.value;
		return payload;
	}
	var $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
		$ZodType.init(inst, def);
		defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
		inst._zod.optout = "optional";
		defineLazyInternal(inst, "values", (zod) => {
			const values = zod.def.innerType._zod.values;
			return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
		});
		defineLazyInternal(inst, "pattern", (zod) => {
			const pattern = zod.def.innerType._zod.pattern;
			return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
		});
		inst._zod.parse = (payload, ctx) => {
			if (payload.value === void 0) {
				if (def.innerType._zod.optin !== "defaulted") return payload;
				const result = def.innerType._zod.run({
					value: payload.value,
					issues: []
				}, ctx);
				if (result instanceof Promise) return result.then((result) => handleOptionalResult(payload, result));
				return handleOptionalResult(payload, result);
			}
			return def.innerType._zod.run(payload, ctx);
		};
	});
	var $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
		$ZodCheck.init(inst, def);
		$ZodType.init(inst, def);
		inst._zod.parse = (payload, _) => {
			return payload;
		};
		inst._zod.check = (payload) => {
			const input = payload.value;
			const r = def.fn(input);
			if (r instanceof Promise) return r.then((r) => handleRefineResult(r, payload, input, inst));
			handleRefineResult(r, payload, input, inst);
		};
	});
	function handleRefineResult(result, payload, input, inst) {
		if (!result) {
			const _iss = {
				code: "custom",
				input,
				inst,
				path: [...inst._zod.def.path ?? []],
				continue: !inst._zod.def.abort
			};
			if (inst._zod.def.params) _iss.params = inst._zod.def.params;
			payload.issues.push(issue(_iss));
		}
	}
	// node_modules/zod/v4/core/api.js
	function snapshotChecks(def) {
		if (def.checks) def.checks = [...def.checks];
		return def;
	}
	// @__NO_SIDE_EFFECTS__
	function _string(Class, params) {
		return new Class(snapshotChecks({
			type: "string",
			...normalizeParams(params)
		}));
	}
	// @__NO_SIDE_EFFECTS__
	function _number(Class, params) {
		return new Class(snapshotChecks({
			type: "number",
			checks: [],
			...normalizeParams(params)
		}));
	}
	// @__NO_SIDE_EFFECTS__
	function _int(Class, params) {
		return new Class({
			type: "number",
			check: "number_format",
			abort: false,
			format: "safeint",
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _boolean(Class, params) {
		return new Class({
			type: "boolean",
			...normalizeParams(params)
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _lt(value, params) {
		return new $ZodCheckLessThan({
			check: "less_than",
			...normalizeParams(params),
			value,
			inclusive: false
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _lte(value, params) {
		return new $ZodCheckLessThan({
			check: "less_than",
			...normalizeParams(params),
			value,
			inclusive: true
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _gt(value, params) {
		return new $ZodCheckGreaterThan({
			check: "greater_than",
			...normalizeParams(params),
			value,
			inclusive: false
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _gte(value, params) {
		return new $ZodCheckGreaterThan({
			check: "greater_than",
			...normalizeParams(params),
			value,
			inclusive: true
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _positive(params) {
		return /* @__PURE__ */ _gt(0, params);
	}
	// @__NO_SIDE_EFFECTS__
	function _nonnegative(params) {
		return /* @__PURE__ */ _gte(0, params);
	}
	// @__NO_SIDE_EFFECTS__
	function _maxLength(maximum, params) {
		return new $ZodCheckMaxLength({
			check: "max_length",
			...normalizeParams(params),
			maximum
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _minLength(minimum, params) {
		return new $ZodCheckMinLength({
			check: "min_length",
			...normalizeParams(params),
			minimum
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _regex(pattern, params) {
		return new $ZodCheckRegex({
			check: "string_format",
			format: "regex",
			...normalizeParams(params),
			pattern
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _overwrite(tx) {
		return new $ZodCheckOverwrite({
			check: "overwrite",
			tx
		});
	}
	// @__NO_SIDE_EFFECTS__
	function _trim() {
		return /* @__PURE__ */ _overwrite((input) => input.trim());
	}
	// @__NO_SIDE_EFFECTS__
	function _refine(Class, fn, _params) {
		return new Class({
			type: "custom",
			check: "custom",
			fn,
			...normalizeParams(_params)
		});
	}
	// node_modules/zod/v4/mini/schemas.js
	var ZodMiniType = /*@__PURE__*/ $constructor("ZodMiniType", (inst, def) => {
		if (!inst._zod) throw new Error("Uninitialized schema in ZodMiniType.");
		$ZodType.init(inst, def);
		inst.def = def;
		inst.type = def.type;
	}, {
		get with() {
			return this.check;
		},
		set with(value) {
			own(this, "with", value);
		},
		parse(data, params) {
			return parse(this, data, params, { callee: this.parse });
		},
		parseAsync(data, params) {
			return parseAsync(this, data, params, { callee: this.parseAsync });
		},
		safeParse(data, params) {
			return safeParse(this, data, params);
		},
		safeParseAsync(data, params) {
			return safeParseAsync(this, data, params);
		},
		check(...checks) {
			const def = this.def;
			return this.clone({
				...def,
				checks: [...def.checks ?? [], ...checks.map((ch) => typeof ch === "function" ? { _zod: {
					check: ch,
					def: { check: "custom" },
					onattach: []
				} } : ch)]
			}, { parent: true });
		},
		clone(_def, params) {
			return clone(this, _def, params);
		},
		brand() {
			return this;
		},
		register(reg, meta) {
			reg.add(this, meta);
			return this;
		},
		apply(fn, ...args) {
			return args.length === 0 ? fn(this) : fn(this, ...args);
		}
	});
	var ZodMiniString = /*@__PURE__*/ $constructor("ZodMiniString", (inst, def) => {
		$ZodString.init(inst, def);
		ZodMiniType.init(inst, def);
	});
	// @__NO_SIDE_EFFECTS__
	function string(params) {
		return /* @__PURE__ */ _string(ZodMiniString, params);
	}
	var ZodMiniNumber = /*@__PURE__*/ $constructor("ZodMiniNumber", (inst, def) => {
		$ZodNumber.init(inst, def);
		ZodMiniType.init(inst, def);
	});
	// @__NO_SIDE_EFFECTS__
	function number(params) {
		return /* @__PURE__ */ _number(ZodMiniNumber, params);
	}
	var ZodMiniNumberFormat = /*@__PURE__*/ $constructor("ZodMiniNumberFormat", (inst, def) => {
		$ZodNumberFormat.init(inst, def);
		ZodMiniNumber.init(inst, def);
	});
	function int(params) {
		return /* @__PURE__ */ _int(ZodMiniNumberFormat, params);
	}
	var ZodMiniBoolean = /*@__PURE__*/ $constructor("ZodMiniBoolean", (inst, def) => {
		$ZodBoolean.init(inst, def);
		ZodMiniType.init(inst, def);
	});
	// @__NO_SIDE_EFFECTS__
	function boolean(params) {
		return /* @__PURE__ */ _boolean(ZodMiniBoolean, params);
	}
	var ZodMiniArray = /*@__PURE__*/ $constructor("ZodMiniArray", (inst, def) => {
		$ZodArray.init(inst, def);
		ZodMiniType.init(inst, def);
	});
	// @__NO_SIDE_EFFECTS__
	function array(element, params) {
		return new ZodMiniArray({
			type: "array",
			element,
			...normalizeParams(params)
		});
	}
	var ZodMiniObject = /*@__PURE__*/ $constructor("ZodMiniObject", (inst, def) => {
		$ZodObject.init(inst, def);
		ZodMiniType.init(inst, def);
		installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
	});
	// @__NO_SIDE_EFFECTS__
	function object(shape, params) {
		return new ZodMiniObject({
			type: "object",
			shape: shape ?? {},
			...normalizeParams(params)
		});
	}
	var ZodMiniUnion = /*@__PURE__*/ $constructor("ZodMiniUnion", (inst, def) => {
		$ZodUnion.init(inst, def);
		ZodMiniType.init(inst, def);
	});
	// @__NO_SIDE_EFFECTS__
	function union(options, params) {
		return new ZodMiniUnion({
			type: "union",
			options,
			...normalizeParams(params)
		});
	}
	var ZodMiniDiscriminatedUnion = /*@__PURE__*/ $constructor("ZodMiniDiscriminatedUnion", (inst, def) => {
		$ZodDiscriminatedUnion.init(inst, def);
		ZodMiniType.init(inst, def);
	});
	// @__NO_SIDE_EFFECTS__
	function discriminatedUnion(discriminator, options, params) {
		return new ZodMiniDiscriminatedUnion({
			type: "union",
			options,
			discriminator,
			...normalizeParams(params)
		});
	}
	var ZodMiniEnum = /*@__PURE__*/ $constructor("ZodMiniEnum", (inst, def) => {
		$ZodEnum.init(inst, def);
		ZodMiniType.init(inst, def);
		inst.options = [...inst._zod.values];
	});
	// @__NO_SIDE_EFFECTS__
	function _enum(values, params) {
		return new ZodMiniEnum({
			type: "enum",
			entries: Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values,
			...normalizeParams(params)
		});
	}
	var ZodMiniLiteral = /*@__PURE__*/ $constructor("ZodMiniLiteral", (inst, def) => {
		$ZodLiteral.init(inst, def);
		ZodMiniType.init(inst, def);
	});
	// @__NO_SIDE_EFFECTS__
	function literal(value, params) {
		return new ZodMiniLiteral({
			type: "literal",
			values: Array.isArray(value) ? value : [value],
			...normalizeParams(params)
		});
	}
	var ZodMiniOptional = /*@__PURE__*/ $constructor("ZodMiniOptional", (inst, def) => {
		$ZodOptional.init(inst, def);
		ZodMiniType.init(inst, def);
	});
	// @__NO_SIDE_EFFECTS__
	function optional(innerType) {
		return new ZodMiniOptional({
			type: "optional",
			innerType
		});
	}
	var ZodMiniCustom = /*@__PURE__*/ $constructor("ZodMiniCustom", (inst, def) => {
		$ZodCustom.init(inst, def);
		ZodMiniType.init(inst, def);
	});
	// @__NO_SIDE_EFFECTS__
	function refine(fn, _params = {}) {
		return /* @__PURE__ */ _refine(ZodMiniCustom, fn, _params);
	}
	// utils/adapters/hosts.ts
	/**
	* Match patterns of the hosted HR suites (see HR-SUITES.md). These are the
	* only origins where the launcher content script runs without the user
	* enabling a site. Self-hosted suites (OrangeHRM, Odoo, Frappe HR, …) live on
	* the customer's own domain and are enabled by the user at runtime.
	*
	* Plain data, imported by wxt.config.ts at build time and by tests.
	*/
	var HOSTED_SUITE_MATCHES = [
		"https://*.myworkday.com/*",
		"https://*.successfactors.com/*",
		"https://*.successfactors.eu/*",
		"https://*.sapsf.com/*",
		"https://*.sapsf.eu/*",
		"https://*.bamboohr.com/*",
		"https://*.personio.com/*",
		"https://*.personio.de/*",
		"https://*.latticehq.com/*",
		"https://*.15five.com/*",
		"https://*.cultureamp.com/*",
		"https://app.hibob.com/*",
		"https://app.factorialhr.com/*",
		"https://www.leapsome.com/app/*",
		"https://*.oraclecloud.com/*",
		"https://people.zoho.com/*",
		"https://people.zoho.eu/*",
		"https://people.zoho.in/*",
		"https://people.zoho.com.au/*"
	];
	[
		"https://www.successfactors.com/",
		"https://www.successfactors.eu/",
		"https://www.sapsf.com/",
		"https://www.bamboohr.com/",
		"https://help.bamboohr.com/",
		"https://partners.bamboohr.com/",
		"https://marketplace.bamboohr.com/",
		"https://status.bamboohr.com/",
		"https://www.personio.com/",
		"https://www.personio.de/",
		"https://support.personio.de/",
		"https://developer.personio.de/",
		"https://status.personio.de/",
		"https://www.latticehq.com/",
		"https://help.latticehq.com/",
		"https://www.15five.com/",
		"https://success.15five.com/",
		"https://www.cultureamp.com/",
		"https://support.cultureamp.com/",
		"https://academy.cultureamp.com/",
		"https://www.oraclecloud.com/"
	].map((origin) => `${origin}*`);
	// utils/sites.ts
	/**
	* Which sites the launcher runs on: the hosted suites (built in, on by
	* default, can be switched off) and the domains the user added (self-hosted
	* suites, vanity domains), each a match pattern. Pure functions; the
	* background applies them with the permissions and scripting APIs.
	*/
	/** The id of the one dynamic content script that serves every custom domain. */
	var CUSTOM_SITES_SCRIPT_ID = "review-companion-custom-sites";
	/**
	* Whether `pattern` is one `parseSiteInput` can produce: `http(s)://host/*`,
	* the host written as a URL writes it (lower case, no port, no user, no
	* wildcard). Browsers refuse a malformed pattern in a whole
	* `registerContentScripts` or `permissions` call, so nothing else is stored.
	*/
	function isCustomSitePattern(pattern) {
		const parts = /^(https?):\/\/([^/?#*\s@:\\[\]]+|\[[0-9a-f:.]+\])\/\*$/.exec(pattern);
		if (!parts) return false;
		const [, scheme, host] = parts;
		let url;
		try {
			url = new URL(`${scheme}://${host}/`);
		} catch {
			return false;
		}
		return url.hostname === host && url.port === "" && url.username === "" && url.password === "";
	}
	/**
	* The one grammar of a site rule's pattern, for the model, backups and the
	* sync: a built-in suite's pattern (switched off) or a custom site's.
	*/
	function isSitePattern(pattern, builtIn = HOSTED_SUITE_MATCHES) {
		return builtIn.includes(pattern) || isCustomSitePattern(pattern);
	}
	/** Splits rules into those the browser can apply and those whose pattern breaks the grammar (a damaged or foreign backup). */
	function partitionSiteRules(rules, builtIn = HOSTED_SUITE_MATCHES) {
		const valid = [];
		const invalid = [];
		for (const rule of rules) (isSitePattern(rule.pattern, builtIn) ? valid : invalid).push(rule);
		return {
			valid,
			invalid
		};
	}
	/**
	* The patterns the custom-sites content script must run on: enabled custom
	* rules whose permission is granted. A rule with an invalid pattern is left
	* out: the others are still registered.
	*/
	function customScriptMatches(rules, builtIn, granted) {
		return rules.filter((rule) => rule.enabled && !builtIn.includes(rule.pattern) && isCustomSitePattern(rule.pattern) && granted(rule.pattern)).map((rule) => rule.pattern).sort();
	}
	/** Built-in patterns the user switched off. */
	function disabledBuiltIns(rules, builtIn) {
		return rules.filter((rule) => !rule.enabled && builtIn.includes(rule.pattern)).map((rule) => rule.pattern);
	}
	// utils/model/index.ts
	/**
	* The data model (DESIGN.md §4) as zod schemas; the TypeScript types are
	* inferred from them. Built on `zod/mini`: the same validation as full zod at
	* a third of the size, so extension pages stay within their budget.
	*/
	var id = () => (/* @__PURE__ */ string()).check(/* @__PURE__ */ _minLength(1), /* @__PURE__ */ _maxLength(200));
	/** Milliseconds since the epoch. */
	var timestamp = () => (/* @__PURE__ */ number()).check(int(), /* @__PURE__ */ _nonnegative());
	/** A calendar date as ISO `YYYY-MM-DD`. */
	var IsoDate = (/* @__PURE__ */ string()).check(/* @__PURE__ */ _regex(/^\d{4}-\d{2}-\d{2}$/));
	var text = (max) => (/* @__PURE__ */ string()).check(/* @__PURE__ */ _maxLength(max));
	var finite = () => (/* @__PURE__ */ number()).check(/* @__PURE__ */ refine(Number.isFinite, "must be a finite number"));
	/** Longest note or description we accept: a few pages of text. */
	var MAX_TEXT = 2e4;
	var timestamps = {
		createdAt: timestamp(),
		updatedAt: timestamp()
	};
	var CycleStatus = /* @__PURE__ */ _enum(["preparing", "done"]);
	var Cycle = /* @__PURE__ */ object({
		id: id(),
		label: (/* @__PURE__ */ string()).check(/* @__PURE__ */ _minLength(1), /* @__PURE__ */ _maxLength(200)),
		interviewDate: /* @__PURE__ */ optional(IsoDate),
		manager: /* @__PURE__ */ optional(text(200)),
		status: CycleStatus,
		/** The cycle whose interview this one was started from ("Start the next cycle"): it has one next cycle only. */
		startedFrom: /* @__PURE__ */ optional(id()),
		...timestamps
	});
	var GoalKind = /* @__PURE__ */ _enum(["quantitative", "qualitative"]);
	var Direction = /* @__PURE__ */ _enum(["increase", "decrease"]);
	var GoalStatus = /* @__PURE__ */ _enum([
		"not_started",
		"on_track",
		"at_risk",
		"achieved",
		"partly",
		"missed",
		"dropped"
	]);
	var KeyResult = /* @__PURE__ */ object({
		title: (/* @__PURE__ */ string()).check(/* @__PURE__ */ _minLength(1), /* @__PURE__ */ _maxLength(500)),
		unit: /* @__PURE__ */ optional(text(40)),
		baseline: /* @__PURE__ */ optional(finite()),
		target: /* @__PURE__ */ optional(finite()),
		actual: /* @__PURE__ */ optional(finite())
	});
	var GoalSource = /* @__PURE__ */ object({
		importId: /* @__PURE__ */ optional(id()),
		file: /* @__PURE__ */ optional(text(500)),
		row: /* @__PURE__ */ optional((/* @__PURE__ */ number()).check(int(), /* @__PURE__ */ _positive())),
		/** The id the source system gave the goal: re-imports match on it. */
		externalId: /* @__PURE__ */ optional(text(200))
	});
	var Goal = /* @__PURE__ */ object({
		id: id(),
		/** The cycle whose review evaluates this goal. */
		cycleId: id(),
		title: (/* @__PURE__ */ string()).check(/* @__PURE__ */ _minLength(1), /* @__PURE__ */ _maxLength(500)),
		description: /* @__PURE__ */ optional(text(MAX_TEXT)),
		kind: GoalKind,
		unit: /* @__PURE__ */ optional(text(40)),
		baseline: /* @__PURE__ */ optional(finite()),
		target: /* @__PURE__ */ optional(finite()),
		actual: /* @__PURE__ */ optional(finite()),
		direction: /* @__PURE__ */ optional(Direction),
		weight: /* @__PURE__ */ optional((/* @__PURE__ */ number()).check(/* @__PURE__ */ _gte(0), /* @__PURE__ */ _lte(100))),
		dueDate: /* @__PURE__ */ optional(IsoDate),
		status: GoalStatus,
		keyResults: /* @__PURE__ */ array(KeyResult),
		selfAssessment: /* @__PURE__ */ optional(text(MAX_TEXT)),
		source: GoalSource,
		...timestamps
	});
	var NotePart = /* @__PURE__ */ _enum([
		"results",
		"difficulties",
		"successes",
		"skills",
		"training",
		"management",
		"evolution",
		"salary",
		"question",
		"other"
	]);
	var Note = /* @__PURE__ */ object({
		id: id(),
		cycleId: id(),
		part: NotePart,
		goalId: /* @__PURE__ */ optional(id()),
		text: (/* @__PURE__ */ string()).check(/* @__PURE__ */ _trim(), /* @__PURE__ */ _minLength(1), /* @__PURE__ */ _maxLength(MAX_TEXT)),
		happenedOn: /* @__PURE__ */ optional(IsoDate),
		...timestamps
	});
	var Question = /* @__PURE__ */ object({
		id: id(),
		part: NotePart,
		text: (/* @__PURE__ */ string()).check(/* @__PURE__ */ _minLength(1), /* @__PURE__ */ _maxLength(2e3)),
		origin: /* @__PURE__ */ _enum(["builtin", "custom"]),
		asked: /* @__PURE__ */ optional(/* @__PURE__ */ boolean()),
		answer: /* @__PURE__ */ optional(text(MAX_TEXT)),
		/** A suggested (built-in) question the user does not want suggested again. */
		hidden: /* @__PURE__ */ optional(/* @__PURE__ */ boolean()),
		...timestamps
	});
	id(), text(MAX_TEXT), text(MAX_TEXT), text(200), (/* @__PURE__ */ string()).check(/* @__PURE__ */ _minLength(1), /* @__PURE__ */ _maxLength(500)), id(), text(MAX_TEXT), text(MAX_TEXT), (/* @__PURE__ */ string()).check(/* @__PURE__ */ _minLength(1), /* @__PURE__ */ _maxLength(2e3)), text(MAX_TEXT), { ...timestamps };
	var SiteRule = /* @__PURE__ */ object({
		/**
		* A match pattern: `http(s)://host/*` as the options page makes it from
		* what the user typed, or a built-in suite's pattern (see utils/sites.ts).
		*/
		pattern: (/* @__PURE__ */ string()).check(/* @__PURE__ */ _minLength(1), /* @__PURE__ */ _maxLength(500), /* @__PURE__ */ refine((pattern) => isSitePattern(pattern), "not a site pattern")),
		/** An adapter id, or `generic` for the multilingual detector. */
		adapterId: (/* @__PURE__ */ string()).check(/* @__PURE__ */ _minLength(1), /* @__PURE__ */ _maxLength(60)),
		enabled: /* @__PURE__ */ boolean(),
		...timestamps
	});
	id(), id(), text(500), id(), (/* @__PURE__ */ number()).check(int(), /* @__PURE__ */ _nonnegative()), { ...timestamps };
	(/* @__PURE__ */ string()).check(/* @__PURE__ */ _minLength(1), /* @__PURE__ */ _maxLength(200)), (/* @__PURE__ */ string()).check(/* @__PURE__ */ _maxLength(40)), { ...timestamps };
	var Settings = /* @__PURE__ */ object({
		language: /* @__PURE__ */ _enum([
			"auto",
			"en",
			"nl",
			"fr",
			"de"
		]),
		sidebarSide: /* @__PURE__ */ _enum(["left", "right"]),
		sidebarWidth: (/* @__PURE__ */ number()).check(int(), /* @__PURE__ */ _gte(280), /* @__PURE__ */ _lte(640)),
		autoOpen: /* @__PURE__ */ boolean(),
		panelMode: /* @__PURE__ */ _enum(["overlay", "browser-panel"]),
		currentCycleId: /* @__PURE__ */ optional(id()),
		/** Goals and notes the user pinned to the top of the sidebar (ids, newest pin first). */
		pinned: /* @__PURE__ */ optional((/* @__PURE__ */ array(id())).check(/* @__PURE__ */ _maxLength(50))),
		/** Optional reminders (off unless the user sets them). */
		reminder: /* @__PURE__ */ optional(/* @__PURE__ */ object({
			reviewDate: /* @__PURE__ */ optional(IsoDate),
			daysBefore: (/* @__PURE__ */ number()).check(int(), /* @__PURE__ */ _gte(1), /* @__PURE__ */ _lte(60)),
			monthlyNudge: /* @__PURE__ */ boolean()
		})),
		updatedAt: timestamp()
	});
	var DEFAULT_SETTINGS = {
		language: "auto",
		sidebarSide: "right",
		sidebarWidth: 360,
		autoOpen: true,
		panelMode: "overlay",
		updatedAt: 0
	};
	/** A short, sortable, random id (time prefix keeps insertion order readable). */
	function newId(prefix) {
		const random = crypto.getRandomValues(/* @__PURE__ */ new Uint32Array(2));
		return `${prefix}_${Date.now().toString(36)}${random[0].toString(36)}${random[1].toString(36)}`;
	}
	// utils/db/schema.ts
	var DB_NAME = "review-companion";
	var SETTINGS_KEY = "settings";
	var STORE_NAMES = [
		"cycles",
		"goals",
		"notes",
		"questions",
		"outcomes",
		"siteRules",
		"imports",
		"mappings",
		"settings"
	];
	// utils/messaging/index.ts
	/**
	* Every runtime message of the extension: one discriminated union, validated
	* on receipt. Built on `zod/mini` so that the content script can validate too
	* without pulling in full zod. Messages carry no prep data except the one
	* text the user asked to insert.
	*
	* Directions: EP = extension page (sidebar, popup, options), BG = background,
	* CS = the launcher content script.
	*/
	/** The longest text one insertion may carry (a drafted paragraph or a note). */
	var MAX_INSERT_LENGTH = 2e4;
	var StoreNameSchema = /* @__PURE__ */ _enum(STORE_NAMES);
	var InsertMode = /* @__PURE__ */ _enum([
		"caret",
		"replace",
		"append"
	]);
	var insertText = () => (/* @__PURE__ */ string()).check(/* @__PURE__ */ _minLength(1), /* @__PURE__ */ _maxLength(MAX_INSERT_LENGTH));
	var fieldIndex = () => (/* @__PURE__ */ number()).check(int(), /* @__PURE__ */ _nonnegative(), /* @__PURE__ */ _lt(500));
	var tabId = () => (/* @__PURE__ */ number()).check(int(), /* @__PURE__ */ _nonnegative());
	var recordId = () => (/* @__PURE__ */ string()).check(/* @__PURE__ */ _minLength(1), /* @__PURE__ */ _maxLength(200));
	/**
	* The secret a launcher gives the sidebar frame it mounts (in the frame's URL
	* fragment, inside its closed shadow root): a sidebar inside a web page is
	* served only with its launcher's token, so a page that frames the sidebar
	* page itself gets nothing. See `entrypoints/background/frames.ts`.
	*/
	var FRAME_TOKEN_PATTERN = /^[0-9a-f]{32}$/;
	var frameToken = () => /* @__PURE__ */ optional((/* @__PURE__ */ string()).check(/* @__PURE__ */ _regex(FRAME_TOKEN_PATTERN)));
	var FieldList = /* @__PURE__ */ object({ fields: /* @__PURE__ */ array(/* @__PURE__ */ object({
		label: (/* @__PURE__ */ string()).check(/* @__PURE__ */ _maxLength(200)),
		kind: /* @__PURE__ */ _enum([
			"textarea",
			"input",
			"contenteditable",
			"iframe-editor"
		])
	})) });
	var Message = /* @__PURE__ */ discriminatedUnion("type", [
		/* @__PURE__ */ object({
			type: /* @__PURE__ */ literal("data-changed"),
			stores: /* @__PURE__ */ array(StoreNameSchema)
		}),
		/* @__PURE__ */ object({
			type: /* @__PURE__ */ literal("insert-text"),
			text: insertText(),
			mode: InsertMode,
			field: /* @__PURE__ */ optional(fieldIndex()),
			tabId: /* @__PURE__ */ optional(tabId()),
			frameToken: frameToken()
		}),
		/* @__PURE__ */ object({
			type: /* @__PURE__ */ literal("insert-into-page"),
			text: insertText(),
			mode: InsertMode,
			field: /* @__PURE__ */ optional(fieldIndex())
		}),
		/* @__PURE__ */ object({
			type: /* @__PURE__ */ literal("list-fields"),
			tabId: /* @__PURE__ */ optional(tabId()),
			frameToken: frameToken()
		}),
		/* @__PURE__ */ object({
			type: /* @__PURE__ */ literal("get-review-data"),
			/** Only the newest notes (first paint); all of them when absent. */
			notesLimit: /* @__PURE__ */ optional((/* @__PURE__ */ number()).check(int(), /* @__PURE__ */ _positive(), /* @__PURE__ */ _lte(1e4))),
			frameToken: frameToken()
		}),
		/* @__PURE__ */ object({
			type: /* @__PURE__ */ literal("open-sidebar"),
			tabId: tabId()
		}),
		/* @__PURE__ */ object({
			type: /* @__PURE__ */ literal("pin"),
			id: recordId(),
			pinned: /* @__PURE__ */ boolean(),
			frameToken: frameToken()
		}),
		/* @__PURE__ */ object({
			type: /* @__PURE__ */ literal("question-asked"),
			id: recordId(),
			asked: /* @__PURE__ */ boolean(),
			frameToken: frameToken()
		}),
		/* @__PURE__ */ object({ type: /* @__PURE__ */ literal("launcher-status") }),
		/* @__PURE__ */ object({
			type: /* @__PURE__ */ literal("register-sidebar"),
			token: (/* @__PURE__ */ string()).check(/* @__PURE__ */ _regex(FRAME_TOKEN_PATTERN))
		}),
		/* @__PURE__ */ object({
			type: /* @__PURE__ */ literal("set-sidebar"),
			open: /* @__PURE__ */ union([
				/* @__PURE__ */ boolean(),
				/* @__PURE__ */ literal("toggle"),
				/* @__PURE__ */ literal("collapse"),
				/* @__PURE__ */ literal("expand")
			]),
			frameToken: frameToken()
		})
	]);
	var InsertResult = /* @__PURE__ */ object({
		ok: /* @__PURE__ */ boolean(),
		reason: /* @__PURE__ */ optional(/* @__PURE__ */ _enum([
			"no-field",
			"not-editable",
			"no-page",
			"invalid"
		]))
	});
	(/* @__PURE__ */ number()).check(int(), /* @__PURE__ */ _nonnegative()), (/* @__PURE__ */ string()).check(/* @__PURE__ */ _maxLength(10)), recordId();
	/** Parses an incoming message; undefined when it is not one of ours. */
	function parseMessage(raw) {
		const result = Message.safeParse(raw);
		return result.success ? result.data : void 0;
	}
	/**
	* Whether a message comes from one of this extension's own pages (by URL
	* path, e.g. `/sidebar.html`). Content scripts share the extension id but
	* their sender URL is the web page's, so they never pass this check.
	*/
	function isFromExtensionPage(sender, extensionId, paths) {
		if (sender.id !== extensionId || !sender.url) return false;
		let url;
		try {
			url = new URL(sender.url);
		} catch {
			return false;
		}
		return (url.protocol === "chrome-extension:" || url.protocol === "moz-extension:") && paths.includes(url.pathname);
	}
	/** Whether a message comes from a content script of this extension in a tab. */
	function isFromContentScript(sender, extensionId) {
		if (sender.id !== extensionId || typeof sender.tab?.id !== "number" || !sender.url) return false;
		return /^https?:$/.test(new URL(sender.url).protocol);
	}
	// utils/db/changes.ts
	/**
	* Tells every open extension page that data changed, so the popup, the
	* options page and every sidebar re-read what they show. Extension pages share
	* the database; the notice carries store names only, never data.
	*/
	var listeners = /* @__PURE__ */ new Set();
	function notifyDataChanged(stores) {
		for (const listener of listeners) listener(stores);
		import_browser_polyfill.default.runtime.sendMessage({
			type: "data-changed",
			stores
		}).catch(() => void 0);
	}
	// utils/db/migrations.ts
	var MIGRATIONS = [
		{
			version: 1,
			description: "cycles, goals and notes by cycle, settings",
			up(db) {
				db.createObjectStore("cycles", { keyPath: "id" });
				db.createObjectStore("goals", { keyPath: "id" }).createIndex("byCycle", "cycleId");
				db.createObjectStore("notes", { keyPath: "id" }).createIndex("byCycle", "cycleId");
				db.createObjectStore("settings");
			}
		},
		{
			version: 2,
			description: "questions, outcomes and site rules; notes of a cycle by last change",
			async up(db, tx) {
				db.createObjectStore("questions", { keyPath: "id" });
				db.createObjectStore("outcomes", { keyPath: "cycleId" });
				db.createObjectStore("siteRules", { keyPath: "pattern" });
				const notes = tx.objectStore("notes");
				let cursor = await notes.openCursor();
				while (cursor) {
					const note = cursor.value;
					if (typeof note.updatedAt !== "number") await cursor.update({
						...note,
						updatedAt: note.createdAt
					});
					cursor = await cursor.continue();
				}
				notes.createIndex("byCycleUpdated", ["cycleId", "updatedAt"]);
			}
		},
		{
			version: 3,
			description: "goal imports (for undo) and remembered column mappings",
			up(db) {
				db.createObjectStore("imports", { keyPath: "id" }).createIndex("byCycle", "cycleId");
				db.createObjectStore("mappings", { keyPath: "signature" });
			}
		}
	];
	async function runMigrations(db, oldVersion, tx) {
		for (const migration of MIGRATIONS) if (migration.version > oldVersion) await migration.up(db, tx);
	}
	// utils/db/index.ts
	/**
	* The one database, in the extension's origin. Import this module only from
	* extension pages (sidebar, popup, options) and the background: IndexedDB
	* opened in a content script would belong to the HR site's origin.
	*/
	/** Writes whose loss the user would notice are flushed to disk before they resolve. */
	var STRICT = { durability: "strict" };
	/**
	* Opens (and upgrades) the database. Every connection closes itself when a
	* newer version wants to upgrade (`blocking`), so an options page or popup
	* left open never makes an upgrade hang; the next call reopens.
	*
	* Reopening after such an upgrade finds the database at a version newer than
	* this page's code (`VersionError`): the page then works on with that version
	* as it is, as long as every store it uses is there (migrations only add;
	* fields this code does not know are kept on write, see `repository`). The
	* next start of the page runs the new code.
	*/
	async function openReviewDb(name = DB_NAME, onClosed) {
		const lifecycle = {
			blocked(currentVersion, blockedVersion) {
				console.warn(`Review Companion: upgrade ${currentVersion}→${blockedVersion} waits for another tab`);
			},
			blocking(_currentVersion, _blockedVersion, event) {
				event.target.close();
				onClosed?.();
			},
			terminated() {
				onClosed?.();
			}
		};
		try {
			return await openDB(name, 3, {
				upgrade(database, oldVersion, _newVersion, tx) {
					tx.done.catch(() => void 0);
					runMigrations(database, oldVersion, tx).catch((error) => {
						console.error("Review Companion: database upgrade failed, nothing was changed", error);
						tx.abort();
					});
				},
				...lifecycle
			});
		} catch (error) {
			if (error?.name !== "VersionError") throw error;
			const newer = await openDB(name, void 0, lifecycle);
			if (STORE_NAMES.every((store) => newer.objectStoreNames.contains(store))) return newer;
			newer.close();
			throw error;
		}
	}
	var dbPromise = null;
	/** The shared connection of this page, opened on first use and reopened after it was closed. */
	function getDb() {
		if (!dbPromise) {
			const opening = openReviewDb(DB_NAME, () => {
				if (dbPromise === opening) dbPromise = null;
			});
			dbPromise = opening;
			opening.catch(() => {
				if (dbPromise === opening) dbPromise = null;
			});
		}
		return dbPromise;
	}
	/**
	* The validated record, with the fields the model does not know kept as they
	* were: a newer version of the extension may have added them (this page can
	* outlive an upgrade), and validation would drop them.
	*/
	function keepUnknownFields(record, valid) {
		return {
			...record,
			...valid
		};
	}
	/** Validated reads and strict writes for one object store with in-line keys. */
	function repository(store, schema) {
		return {
			async get(key) {
				return (await getDb()).get(store, key);
			},
			async all() {
				return (await getDb()).getAll(store);
			},
			/** Validates and stores a record; stamps `updatedAt`. */
			async put(record) {
				const valid = keepUnknownFields(record, schema.parse({
					...record,
					updatedAt: Date.now()
				}));
				const tx = (await getDb()).transaction(store, "readwrite", STRICT);
				await Promise.all([tx.store.put(valid), tx.done]);
				notifyDataChanged([store]);
				return valid;
			},
			/**
			* Changes some fields of a stored record, read and written in one
			* transaction: what another page changed meanwhile in other fields is
			* kept (last writer per field). Resolves to undefined when the record is
			* gone (deleted elsewhere), unless `createWith` gives the record to
			* patch then (a form's first save).
			*/
			async update(key, patch, createWith) {
				const tx = (await getDb()).transaction(store, "readwrite", STRICT);
				const current = await tx.store.get(key) ?? createWith;
				if (!current) {
					await tx.done;
					return;
				}
				const next = {
					...current,
					...patch,
					updatedAt: Date.now()
				};
				for (const [field, value] of Object.entries(patch)) if (value === void 0) delete next[field];
				let valid;
				try {
					valid = keepUnknownFields(next, schema.parse(next));
				} catch (error) {
					tx.abort();
					await tx.done.catch(() => void 0);
					throw error;
				}
				await Promise.all([tx.store.put(valid), tx.done]);
				notifyDataChanged([store]);
				return valid;
			},
			async delete(key) {
				const tx = (await getDb()).transaction(store, "readwrite", STRICT);
				await Promise.all([tx.store.delete(key), tx.done]);
				notifyDataChanged([store]);
			}
		};
	}
	var questions = repository("questions", Question);
	var siteRules = repository("siteRules", SiteRule);
	({ ...repository("goals", Goal) });
	var notesOfCycle = (cycleId) => IDBKeyRange.bound([cycleId, 0], [cycleId, Number.MAX_SAFE_INTEGER]);
	/** Notes of a cycle from the index, most recently changed first; the newest `limit` only when given. */
	async function newestNotes(index, cycleId, limit) {
		const range = notesOfCycle(cycleId);
		if (limit === void 0) return (await index.getAll(range)).reverse();
		const bulk = index;
		if (typeof bulk.getAllRecords === "function") return (await bulk.getAllRecords({
			query: range,
			count: limit,
			direction: "prev"
		})).map((record) => record.value);
		const newest = [];
		let cursor = await index.openCursor(range, "prev");
		while (cursor && newest.length < limit) {
			newest.push(cursor.value);
			cursor = await cursor.continue();
		}
		return newest;
	}
	({ ...repository("notes", Note) });
	/**
	* Reads the settings; fields that fail validation (an older or damaged
	* record) fall back to their defaults instead of breaking every page.
	*/
	async function getSettings() {
		return repairSettings(await (await getDb()).get("settings", SETTINGS_KEY));
	}
	function repairSettings(stored) {
		const merged = { ...DEFAULT_SETTINGS };
		if (stored && typeof stored === "object") for (const [key, value] of Object.entries(stored)) {
			if (!Object.hasOwn(Settings.shape, key)) continue;
			const candidate = {
				...merged,
				[key]: value
			};
			if (Settings.safeParse(candidate).success) merged[key] = value;
		}
		return Settings.parse(merged);
	}
	/**
	* The cycle being prepared. Creates "Review <year>" on first use. Runs in one
	* transaction over cycles and settings, so two pages opening at once never
	* create two cycles.
	*/
	async function ensureCurrentCycle(now = /* @__PURE__ */ new Date()) {
		const db = await getDb();
		const read = db.transaction(["cycles", "settings"]);
		const currentId = repairSettings(await read.objectStore("settings").get(SETTINGS_KEY)).currentCycleId;
		const current = currentId ? await read.objectStore("cycles").get(currentId) : void 0;
		if (current) return current;
		const tx = db.transaction(["cycles", "settings"], "readwrite", STRICT);
		const cycleStore = tx.objectStore("cycles");
		const settingsStore = tx.objectStore("settings");
		const settings = repairSettings(await settingsStore.get(SETTINGS_KEY));
		let cycle = settings.currentCycleId ? await cycleStore.get(settings.currentCycleId) : void 0;
		let created = false;
		if (!cycle) cycle = (await cycleStore.getAll()).filter((c) => c.status === "preparing").sort((a, b) => b.createdAt - a.createdAt)[0];
		if (!cycle) {
			const time = now.getTime();
			cycle = Cycle.parse({
				id: newId("cycle"),
				label: String(now.getFullYear()),
				status: "preparing",
				createdAt: time,
				updatedAt: time
			});
			await cycleStore.put(cycle);
			created = true;
		}
		if (settings.currentCycleId !== cycle.id) await settingsStore.put({
			...settings,
			currentCycleId: cycle.id,
			updatedAt: Date.now()
		}, SETTINGS_KEY);
		await tx.done;
		if (created) notifyDataChanged(["cycles", "settings"]);
		return cycle;
	}
	/** The cycle created last before `cycle`, if any. */
	function previousCycle(all, cycle) {
		return all.filter((other) => other.createdAt < cycle.createdAt).sort((a, b) => b.createdAt - a.createdAt)[0];
	}
	/**
	* The current cycle with its goals (oldest first) and notes (newest first),
	* read in one transaction: this is what the sidebar waits for on every page.
	*/
	async function loadReviewData(notesLimit, options = {}) {
		const tx = (await getDb()).transaction([
			"settings",
			"cycles",
			"goals",
			"notes",
			"questions"
		]);
		const settings = repairSettings(await tx.objectStore("settings").get(SETTINGS_KEY));
		const currentId = settings.currentCycleId;
		const cycle = currentId ? await tx.objectStore("cycles").get(currentId) : void 0;
		if (!cycle) {
			await ensureCurrentCycle();
			return loadReviewData(notesLimit, options);
		}
		const notesIndex = tx.objectStore("notes").index("byCycleUpdated");
		const pinned = settings.pinned ?? [];
		const goalsIndex = tx.objectStore("goals").index("byCycle");
		const [goalList, noteList, questionList, cycleList] = await Promise.all([
			goalsIndex.getAll(cycle.id),
			newestNotes(notesIndex, cycle.id, notesLimit === void 0 ? void 0 : notesLimit + 1),
			tx.objectStore("questions").getAll(),
			tx.objectStore("cycles").getAll()
		]);
		const notesLeftOut = notesLimit !== void 0 && noteList.length > notesLimit;
		if (notesLeftOut) noteList.length = notesLimit;
		if (notesLeftOut && options.pinnedNotes && pinned.length) {
			const loaded = new Set(noteList.map((note) => note.id));
			const extra = await Promise.all(pinned.filter((id) => !loaded.has(id)).map((id) => tx.objectStore("notes").get(id)));
			noteList.push(...extra.filter((note) => note?.cycleId === cycle.id));
		}
		const before = previousCycle(cycleList, cycle);
		const previousGoals = before ? await goalsIndex.getAll(before.id) : [];
		return {
			cycle,
			goals: goalList.sort(byCreation),
			notes: noteList,
			...notesLeftOut ? {} : { notesTotal: noteList.length },
			questions: questionList,
			language: settings.language,
			pinned,
			...before ? { previous: {
				cycle: before,
				goals: previousGoals.sort(byCreation)
			} } : {}
		};
	}
	var byCreation = (a, b) => a.createdAt - b.createdAt;
	/**
	* Pins a goal or note to the top of the sidebar, or unpins it. Read and
	* written in one transaction, so pins made in two sidebars at once both stay.
	*/
	async function setPinned(id, pinned) {
		const tx = (await getDb()).transaction("settings", "readwrite", STRICT);
		const settings = repairSettings(await tx.store.get(SETTINGS_KEY));
		const others = (settings.pinned ?? []).filter((other) => other !== id);
		const next = (pinned ? [id, ...others] : others).slice(0, 50);
		await Promise.all([tx.store.put({
			...settings,
			pinned: next,
			updatedAt: Date.now()
		}, SETTINGS_KEY), tx.done]);
		notifyDataChanged(["settings"]);
		return next;
	}
	// node_modules/@wxt-dev/browser/src/index.mjs
	var browser$4 = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;
	// node_modules/superlock/src/create.js
	var require_create = /* @__PURE__ */ __commonJSMin(((exports, module) => {
		var Node = class {
			constructor(data) {
				this.data = data;
			}
		};
		var LinkedList = class {
			constructor() {
				this.length = 0;
			}
			enqueue(data) {
				const node = new Node(data);
				node.prev = this.tail;
				if (this.tail) this.tail.next = node;
				else this.head = node;
				this.tail = node;
				this.length++;
				return node;
			}
			dequeue() {
				if (!this.head) return;
				const { data } = this.head;
				this.remove(this.head);
				return data;
			}
			remove(node) {
				if (node.prev) node.prev.next = node.next;
				else this.head = node.next;
				if (node.next) node.next.prev = node.prev;
				else this.tail = node.prev;
				this.length--;
			}
			size() {
				return this.length;
			}
		};
		module.exports = (slots = 1) => {
			const queue = new LinkedList();
			const release = () => {
				++slots;
				const waiter = queue.dequeue();
				if (waiter) return waiter.acquire();
			};
			const acquire = (resolve) => {
				--slots;
				resolve(release);
			};
			const lock = (signal) => new Promise((resolve) => {
				if (signal != null && typeof signal.addEventListener !== "function") throw new TypeError("`signal` needs to be an AbortSignal.");
				if (signal?.aborted) return resolve(null);
				if (!lock.isLocked()) return acquire(resolve);
				const waiter = { acquire: () => acquire(resolve) };
				const node = queue.enqueue(waiter);
				if (signal != null) {
					const onAbort = () => {
						queue.remove(node);
						resolve(null);
					};
					waiter.acquire = () => {
						signal.removeEventListener("abort", onAbort);
						acquire(resolve);
					};
					signal.addEventListener("abort", onAbort, { once: true });
				}
			});
			lock.isLocked = () => slots === 0;
			lock.awaiting = () => queue.size();
			return lock;
		};
	}));
	// node_modules/@wxt-dev/storage/dist/index.mjs
	var import_src = (/* @__PURE__ */ __commonJSMin(((exports, module) => {
		var createLock = require_create();
		var withLock = (opts) => {
			const lock = createLock(opts);
			const withLock = async (fn, signal) => {
				const release = await lock(signal);
				if (!release) return;
				try {
					return await fn();
				} finally {
					release();
				}
			};
			withLock.isLocked = lock.isLocked;
			withLock.awaiting = lock.awaiting;
			return withLock;
		};
		module.exports = {
			withLock,
			createLock
		};
	})))();
	var has = Object.prototype.hasOwnProperty;
	function dequal(foo, bar) {
		var ctor, len;
		if (foo === bar) return true;
		if (foo && bar && (ctor = foo.constructor) === bar.constructor) {
			if (ctor === Date) return foo.getTime() === bar.getTime();
			if (ctor === RegExp) return foo.toString() === bar.toString();
			if (ctor === Array) {
				if ((len = foo.length) === bar.length) while (len-- && dequal(foo[len], bar[len]));
				return len === -1;
			}
			if (!ctor || typeof foo === "object") {
				len = 0;
				for (ctor in foo) {
					if (has.call(foo, ctor) && ++len && !has.call(bar, ctor)) return false;
					if (!(ctor in bar) || !dequal(foo[ctor], bar[ctor])) return false;
				}
				return Object.keys(bar).length === len;
			}
		}
		return foo !== foo && bar !== bar;
	}
	createStorage();
	function createStorage() {
		const drivers = {
			local: createDriver("local"),
			session: createDriver("session"),
			sync: createDriver("sync"),
			managed: createDriver("managed")
		};
		const getDriver = (area) => {
			const driver = drivers[area];
			if (driver == null) {
				const areaNames = Object.keys(drivers).join(", ");
				throw Error(`Invalid area "${area}". Options: ${areaNames}`);
			}
			return driver;
		};
		const resolveKey = (key) => {
			const deliminatorIndex = key.indexOf(":");
			const driverArea = key.substring(0, deliminatorIndex);
			const driverKey = key.substring(deliminatorIndex + 1);
			if (driverKey == null) throw Error(`Storage key should be in the form of "area:key", but received "${key}"`);
			return {
				driverArea,
				driverKey,
				driver: getDriver(driverArea)
			};
		};
		const getMetaKey = (key) => key + "$";
		const mergeMeta = (oldMeta, newMeta) => {
			const newFields = { ...oldMeta };
			Object.entries(newMeta).forEach(([key, value]) => {
				if (value == null) delete newFields[key];
				else newFields[key] = value;
			});
			return newFields;
		};
		const getValueOrFallback = (value, fallback) => value ?? fallback ?? null;
		const getMetaValue = (properties) => properties != null && typeof properties === "object" && !Array.isArray(properties) ? properties : {};
		const getItem = async (driver, driverKey, opts) => {
			return getValueOrFallback(await driver.getItem(driverKey), opts?.fallback ?? opts?.defaultValue);
		};
		const getMeta = async (driver, driverKey) => {
			const metaKey = getMetaKey(driverKey);
			return getMetaValue(await driver.getItem(metaKey));
		};
		const setItem = async (driver, driverKey, value) => {
			await driver.setItem(driverKey, value ?? null);
		};
		const setMeta = async (driver, driverKey, properties) => {
			const metaKey = getMetaKey(driverKey);
			const existingFields = getMetaValue(await driver.getItem(metaKey));
			await driver.setItem(metaKey, mergeMeta(existingFields, properties));
		};
		const removeItem = async (driver, driverKey, opts) => {
			await driver.removeItem(driverKey);
			if (opts?.removeMeta) {
				const metaKey = getMetaKey(driverKey);
				await driver.removeItem(metaKey);
			}
		};
		const removeMeta = async (driver, driverKey, properties) => {
			const metaKey = getMetaKey(driverKey);
			if (properties == null) await driver.removeItem(metaKey);
			else {
				const newFields = getMetaValue(await driver.getItem(metaKey));
				[properties].flat().forEach((field) => delete newFields[field]);
				await driver.setItem(metaKey, newFields);
			}
		};
		const watch = (driver, driverKey, cb) => driver.watch(driverKey, cb);
		const watchMeta = (driver, driverKey, cb) => watch(driver, getMetaKey(driverKey), (newValue, oldValue) => cb(getMetaValue(newValue), getMetaValue(oldValue)));
		return {
			getItem: async (key, opts) => {
				const { driver, driverKey } = resolveKey(key);
				return await getItem(driver, driverKey, opts);
			},
			getItems: async (keys) => {
				const areaToKeyMap = /* @__PURE__ */ new Map();
				const keyToOptsMap = /* @__PURE__ */ new Map();
				const orderedKeys = [];
				keys.forEach((key) => {
					let keyStr;
					let opts;
					if (typeof key === "string") keyStr = key;
					else if ("getValue" in key) {
						keyStr = key.key;
						opts = { fallback: key.fallback };
					} else {
						keyStr = key.key;
						opts = key.options;
					}
					orderedKeys.push(keyStr);
					const { driverArea, driverKey } = resolveKey(keyStr);
					const areaKeys = areaToKeyMap.get(driverArea) ?? [];
					areaToKeyMap.set(driverArea, areaKeys.concat(driverKey));
					keyToOptsMap.set(keyStr, opts);
				});
				const resultsMap = /* @__PURE__ */ new Map();
				await Promise.all(Array.from(areaToKeyMap.entries()).map(async ([driverArea, keys]) => {
					(await drivers[driverArea].getItems(keys)).forEach((driverResult) => {
						const key = `${driverArea}:${driverResult.key}`;
						const opts = keyToOptsMap.get(key);
						const value = getValueOrFallback(driverResult.value, opts?.fallback ?? opts?.defaultValue);
						resultsMap.set(key, value);
					});
				}));
				return orderedKeys.map((key) => ({
					key,
					value: resultsMap.get(key)
				}));
			},
			getMeta: async (key) => {
				const { driver, driverKey } = resolveKey(key);
				return await getMeta(driver, driverKey);
			},
			getMetas: async (args) => {
				const keys = args.map((arg) => {
					const key = typeof arg === "string" ? arg : arg.key;
					const { driverArea, driverKey } = resolveKey(key);
					return {
						key,
						driverArea,
						driverKey,
						driverMetaKey: getMetaKey(driverKey)
					};
				});
				const areaToDriverMetaKeysMap = keys.reduce((map, key) => {
					map[key.driverArea] ??= [];
					map[key.driverArea].push(key);
					return map;
				}, {});
				const resultsMap = {};
				await Promise.all(Object.entries(areaToDriverMetaKeysMap).map(async ([area, keys]) => {
					const areaRes = await browser$4.storage[area].get(keys.map((key) => key.driverMetaKey));
					keys.forEach((key) => {
						resultsMap[key.key] = areaRes[key.driverMetaKey] ?? {};
					});
				}));
				return keys.map((key) => ({
					key: key.key,
					meta: resultsMap[key.key]
				}));
			},
			setItem: async (key, value) => {
				const { driver, driverKey } = resolveKey(key);
				await setItem(driver, driverKey, value);
			},
			setItems: async (items) => {
				const areaToKeyValueMap = {};
				items.forEach((item) => {
					const { driverArea, driverKey } = resolveKey("key" in item ? item.key : item.item.key);
					areaToKeyValueMap[driverArea] ??= [];
					areaToKeyValueMap[driverArea].push({
						key: driverKey,
						value: item.value
					});
				});
				await Promise.all(Object.entries(areaToKeyValueMap).map(async ([driverArea, values]) => {
					await getDriver(driverArea).setItems(values);
				}));
			},
			setMeta: async (key, properties) => {
				const { driver, driverKey } = resolveKey(key);
				await setMeta(driver, driverKey, properties);
			},
			setMetas: async (items) => {
				const areaToMetaUpdatesMap = {};
				items.forEach((item) => {
					const { driverArea, driverKey } = resolveKey("key" in item ? item.key : item.item.key);
					areaToMetaUpdatesMap[driverArea] ??= [];
					areaToMetaUpdatesMap[driverArea].push({
						key: driverKey,
						properties: item.meta
					});
				});
				await Promise.all(Object.entries(areaToMetaUpdatesMap).map(async ([storageArea, updates]) => {
					const driver = getDriver(storageArea);
					const metaKeys = updates.map(({ key }) => getMetaKey(key));
					const existingMetas = await driver.getItems(metaKeys);
					const existingMetaMap = Object.fromEntries(existingMetas.map(({ key, value }) => [key, getMetaValue(value)]));
					const metaUpdates = updates.map(({ key, properties }) => {
						const metaKey = getMetaKey(key);
						return {
							key: metaKey,
							value: mergeMeta(existingMetaMap[metaKey] ?? {}, properties)
						};
					});
					await driver.setItems(metaUpdates);
				}));
			},
			removeItem: async (key, opts) => {
				const { driver, driverKey } = resolveKey(key);
				await removeItem(driver, driverKey, opts);
			},
			removeItems: async (keys) => {
				const areaToKeysMap = {};
				keys.forEach((key) => {
					let keyStr;
					let opts;
					if (typeof key === "string") keyStr = key;
					else if ("getValue" in key) keyStr = key.key;
					else if ("item" in key) {
						keyStr = key.item.key;
						opts = key.options;
					} else {
						keyStr = key.key;
						opts = key.options;
					}
					const { driverArea, driverKey } = resolveKey(keyStr);
					areaToKeysMap[driverArea] ??= [];
					areaToKeysMap[driverArea].push(driverKey);
					if (opts?.removeMeta) areaToKeysMap[driverArea].push(getMetaKey(driverKey));
				});
				await Promise.all(Object.entries(areaToKeysMap).map(async ([driverArea, keys]) => {
					await getDriver(driverArea).removeItems(keys);
				}));
			},
			clear: async (base) => {
				await getDriver(base).clear();
			},
			removeMeta: async (key, properties) => {
				const { driver, driverKey } = resolveKey(key);
				await removeMeta(driver, driverKey, properties);
			},
			snapshot: async (base, opts) => {
				const data = await getDriver(base).snapshot();
				opts?.excludeKeys?.forEach((key) => {
					delete data[key];
					delete data[getMetaKey(key)];
				});
				return data;
			},
			restoreSnapshot: async (base, data) => {
				await getDriver(base).restoreSnapshot(data);
			},
			watch: (key, cb) => {
				const { driver, driverKey } = resolveKey(key);
				return watch(driver, driverKey, cb);
			},
			watchMeta: (key, cb) => {
				const { driver, driverKey } = resolveKey(key);
				return watchMeta(driver, driverKey, cb);
			},
			unwatch() {
				Object.values(drivers).forEach((driver) => {
					driver.unwatch();
				});
			},
			defineItem: (key, opts) => {
				const { driver, driverKey } = resolveKey(key);
				const { version: targetVersion = 1, migrations = {}, onMigrationComplete, debug = false } = opts ?? {};
				if (targetVersion < 1) throw Error("Storage item version cannot be less than 1. Initial versions should be set to 1, not 0.");
				let needsVersionSet = false;
				const migrate = async () => {
					const driverMetaKey = getMetaKey(driverKey);
					const [{ value }, { value: meta }] = await driver.getItems([driverKey, driverMetaKey]);
					needsVersionSet = value == null && meta?.v == null && !!targetVersion;
					if (value == null) return;
					const currentVersion = meta?.v ?? 1;
					if (currentVersion > targetVersion) throw Error(`Version downgrade detected (v${currentVersion} -> v${targetVersion}) for "${key}"`);
					if (currentVersion === targetVersion) return;
					if (debug) console.debug(`[@wxt-dev/storage] Running storage migration for ${key}: v${currentVersion} -> v${targetVersion}`);
					const migrationsToRun = Array.from({ length: targetVersion - currentVersion }, (_, i) => currentVersion + i + 1);
					let migratedValue = value;
					for (const migrateToVersion of migrationsToRun) try {
						migratedValue = await migrations?.[migrateToVersion]?.(migratedValue) ?? migratedValue;
						if (debug) console.debug(`[@wxt-dev/storage] Storage migration processed for version: v${migrateToVersion}`);
					} catch (err) {
						throw new MigrationError(key, migrateToVersion, { cause: err });
					}
					await driver.setItems([{
						key: driverKey,
						value: migratedValue
					}, {
						key: driverMetaKey,
						value: {
							...meta,
							v: targetVersion
						}
					}]);
					if (debug) console.debug(`[@wxt-dev/storage] Storage migration completed for ${key} v${targetVersion}`, { migratedValue });
					onMigrationComplete?.(migratedValue, targetVersion);
				};
				const migrationsDone = opts?.migrations == null ? Promise.resolve() : migrate().catch((err) => {
					console.error(`[@wxt-dev/storage] Migration failed for ${key}`, err);
				});
				const initLock = (0, import_src.withLock)();
				const getFallback = () => opts?.fallback ?? opts?.defaultValue ?? null;
				const getOrInitValue = () => initLock(async () => {
					const value = await driver.getItem(driverKey);
					if (value != null || opts?.init == null) return value;
					const newValue = await opts.init();
					await driver.setItem(driverKey, newValue);
					if (value == null && targetVersion > 1) await setMeta(driver, driverKey, { v: targetVersion });
					return newValue;
				});
				migrationsDone.then(getOrInitValue);
				return {
					key,
					get defaultValue() {
						return getFallback();
					},
					get fallback() {
						return getFallback();
					},
					getValue: async () => {
						await migrationsDone;
						if (opts?.init) return await getOrInitValue();
						else return await getItem(driver, driverKey, opts);
					},
					getMeta: async () => {
						await migrationsDone;
						return await getMeta(driver, driverKey);
					},
					setValue: async (value) => {
						await migrationsDone;
						if (needsVersionSet) {
							needsVersionSet = false;
							await Promise.all([setItem(driver, driverKey, value), setMeta(driver, driverKey, { v: targetVersion })]);
						} else await setItem(driver, driverKey, value);
					},
					setMeta: async (properties) => {
						await migrationsDone;
						return await setMeta(driver, driverKey, properties);
					},
					removeValue: async (opts) => {
						await migrationsDone;
						return await removeItem(driver, driverKey, opts);
					},
					removeMeta: async (properties) => {
						await migrationsDone;
						return await removeMeta(driver, driverKey, properties);
					},
					watch: (cb) => watch(driver, driverKey, (newValue, oldValue) => cb(newValue ?? getFallback(), oldValue ?? getFallback())),
					watchMeta: (cb) => watchMeta(driver, driverKey, cb),
					migrate
				};
			}
		};
	}
	function createDriver(storageArea) {
		const getStorageArea = () => {
			if (browser$4.runtime == null) throw Error(`'wxt/storage' must be loaded in a web extension environment

 - If thrown during a build, see https://github.com/wxt-dev/wxt/issues/371
 - If thrown during tests, mock 'wxt/browser' correctly. See https://wxt.dev/guide/go-further/testing.html
`);
			if (browser$4.storage == null) throw Error("You must add the 'storage' permission to your manifest to use 'wxt/storage'");
			const area = browser$4.storage[storageArea];
			if (area == null) throw Error(`"browser.storage.${storageArea}" is undefined`);
			return area;
		};
		const watchListeners = /* @__PURE__ */ new Set();
		return {
			getItem: async (key) => {
				return (await getStorageArea().get(key))[key];
			},
			getItems: async (keys) => {
				const result = await getStorageArea().get(keys);
				return keys.map((key) => ({
					key,
					value: result[key] ?? null
				}));
			},
			setItem: async (key, value) => {
				if (value == null) await getStorageArea().remove(key);
				else await getStorageArea().set({ [key]: value });
			},
			setItems: async (values) => {
				const map = values.reduce((map, { key, value }) => {
					map[key] = value;
					return map;
				}, {});
				await getStorageArea().set(map);
			},
			removeItem: async (key) => {
				await getStorageArea().remove(key);
			},
			removeItems: async (keys) => {
				await getStorageArea().remove(keys);
			},
			clear: async () => {
				await getStorageArea().clear();
			},
			snapshot: async () => {
				return await getStorageArea().get();
			},
			restoreSnapshot: async (data) => {
				await getStorageArea().set(data);
			},
			watch(key, cb) {
				const listener = (changes) => {
					const change = changes[key];
					if (change == null || dequal(change.newValue, change.oldValue)) return;
					cb(change.newValue ?? null, change.oldValue ?? null);
				};
				getStorageArea().onChanged.addListener(listener);
				watchListeners.add(listener);
				return () => {
					getStorageArea().onChanged.removeListener(listener);
					watchListeners.delete(listener);
				};
			},
			unwatch() {
				watchListeners.forEach((listener) => {
					getStorageArea().onChanged.removeListener(listener);
				});
				watchListeners.clear();
			}
		};
	}
	var MigrationError = class extends Error {
		constructor(key, version, options) {
			super(`v${version} migration failed for "${key}"`, options);
			this.key = key;
			this.version = version;
		}
	};
	// utils/storage.ts
	var asked = /* @__PURE__ */ new WeakMap();
	/**
	* Asks the browser, once per page, to keep the extension's data when the
	* disk runs low (with the `unlimitedStorage` permission it is not evicted
	* anyway; this also covers browsers that grant persistence separately).
	* Resolves to whether the data is persistent. `persist` exists only in
	* window contexts: in a service worker this resolves to false and does
	* nothing.
	*/
	function requestPersistentStorage(storage = globalThis.navigator?.storage) {
		if (!storage || typeof storage.persist !== "function") return Promise.resolve(false);
		let request = asked.get(storage);
		if (!request) {
			request = (async () => {
				if (typeof storage.persisted === "function" && await storage.persisted()) return true;
				return storage.persist();
			})().catch(() => false);
			asked.set(storage, request);
		}
		return request;
	}
	// utils/reminders.ts
	/**
	* When to remind: some days before the review (at 9:00 local time) and,
	* optionally, once a month to jot the wins. Pure; the background schedules
	* the alarms.
	*/
	var REVIEW_ALARM = "review-reminder";
	var NUDGE_ALARM = "monthly-nudge";
	/** About a month, in minutes (alarms take minutes). */
	var NUDGE_PERIOD_MINUTES = 43200;
	/** The moment of the "prepare your review" reminder, or undefined when there is none to come. */
	function reviewReminderAt(reminder, now = Date.now()) {
		if (!reminder?.reviewDate) return void 0;
		const [year, month, day] = reminder.reviewDate.split("-").map(Number);
		const at = new Date(year, month - 1, day - reminder.daysBefore, 9, 0, 0, 0).getTime();
		return Number.isFinite(at) && at > now ? at : void 0;
	}
	// entrypoints/background/reminders.ts
	/**
	* The optional reminders: "prepare your review" some days before the date
	* the user set, and a monthly nudge to jot wins. Notifications only if the
	* user granted them when turning a reminder on.
	*/
	async function applyReminders() {
		const { reminder } = await getSettings();
		await Promise.all([import_browser_polyfill.default.alarms.clear(REVIEW_ALARM), import_browser_polyfill.default.alarms.clear(NUDGE_ALARM)]);
		const when = reviewReminderAt(reminder);
		if (when !== void 0) await import_browser_polyfill.default.alarms.create(REVIEW_ALARM, { when });
		if (reminder?.monthlyNudge) await import_browser_polyfill.default.alarms.create(NUDGE_ALARM, {
			delayInMinutes: NUDGE_PERIOD_MINUTES,
			periodInMinutes: NUDGE_PERIOD_MINUTES
		});
	}
	async function onReminderAlarm(alarm) {
		if (alarm.name !== "review-reminder" && alarm.name !== "monthly-nudge") return;
		if (!await import_browser_polyfill.default.permissions.contains({ permissions: ["notifications"] })) return;
		const review = alarm.name === REVIEW_ALARM;
		await import_browser_polyfill.default.notifications.create(alarm.name, {
			type: "basic",
			iconUrl: import_browser_polyfill.default.runtime.getURL("/icon/128.png"),
			title: import_browser_polyfill.default.i18n.getMessage(review ? "reminderReviewTitle" : "reminderNudgeTitle"),
			message: import_browser_polyfill.default.i18n.getMessage(review ? "reminderReviewMessage" : "reminderNudgeMessage")
		});
	}
	function onReminderClicked(id) {
		if (id === "review-reminder") import_browser_polyfill.default.tabs.create({ url: import_browser_polyfill.default.runtime.getURL("/prep.html") });
	}
	// entrypoints/background/frames.ts
	/**
	* Which sidebar frames inside web pages are ours. `sidebar.html` must be
	* web-accessible for the launcher to frame it, so any page that learns its
	* URL can frame it too. The launcher therefore registers a fresh random
	* token for its tab before it mounts the frame, and puts it in the frame's
	* URL fragment inside its closed shadow root (the page can read neither).
	* The first frame that presents the token is bound to it: the token then
	* serves that frame of that tab and no other.
	*
	* Kept in `storage.session` (memory, never on disk, not readable by content
	* scripts) so that a service worker that was stopped still knows its frames.
	*/
	var KEY = "sidebarFrames";
	var registry;
	function sessionArea() {
		return import_browser_polyfill.default.storage?.session;
	}
	function load() {
		registry ??= (async () => {
			const value = (await sessionArea()?.get(KEY).catch(() => void 0))?.[KEY];
			return value && typeof value === "object" ? { ...value } : {};
		})();
		return registry;
	}
	async function save(entries) {
		await sessionArea()?.set({ [KEY]: entries }).catch(() => void 0);
	}
	/** A launcher (top frame of `tabId`) is mounting a sidebar holding `token`; an earlier one of that tab stops counting. */
	async function registerSidebarFrame(tabId, token) {
		const entries = await load();
		entries[String(tabId)] = { token };
		await save(entries);
	}
	/** Whether a sidebar frame (`frameId` > 0 of `tabId`) is the one the tab's launcher mounted. */
	async function isRegisteredSidebarFrame(tabId, frameId, token) {
		if (!token || frameId <= 0) return false;
		const entries = await load();
		const entry = entries[String(tabId)];
		if (!entry || entry.token !== token) return false;
		if (entry.frameId === void 0) {
			entry.frameId = frameId;
			await save(entries);
		}
		return entry.frameId === frameId;
	}
	/** A closed tab's frames are gone. */
	async function forgetTab(tabId) {
		const entries = await load();
		if (!(String(tabId) in entries)) return;
		delete entries[String(tabId)];
		await save(entries);
	}
	// utils/adapters/define.ts
	/** Whether a URL matches one of the match patterns (`scheme://host/path`, `*` wildcards, `*.` subdomains). */
	function matchesPattern(url, pattern) {
		const parsed = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
		if (!parsed) return false;
		const [, scheme, host, path] = parsed;
		if (scheme !== "*" && `${scheme}:` !== url.protocol) return false;
		if (scheme === "*" && url.protocol !== "http:" && url.protocol !== "https:") return false;
		if (host !== "*") {
			if (host.startsWith("*.")) {
				const base = host.slice(2);
				if (url.hostname !== base && !url.hostname.endsWith(`.${base}`)) return false;
			} else if (url.hostname !== host) return false;
		}
		return new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`).test(url.pathname + url.search);
	}
	// entrypoints/background/sites.ts
	/**
	* Keeps the custom-sites content script in step with the user's site rules
	* and the host permissions they granted: registered for every enabled custom
	* domain whose permission is held, updated when rules or permissions change,
	* unregistered when none is left.
	*/
	var LAUNCHER_FILE = "/launcher.js";
	async function grantedPatterns(patterns) {
		const checks = await Promise.all(patterns.map(async (pattern) => [pattern, await import_browser_polyfill.default.permissions.contains({ origins: [pattern] }).catch(() => false)]));
		return new Set(checks.filter(([, granted]) => granted).map(([pattern]) => pattern));
	}
	async function applySiteRules() {
		const { valid: rules, invalid } = partitionSiteRules(await siteRules.all(), HOSTED_SUITE_MATCHES);
		if (invalid.length > 0) console.warn("Review Companion: site rules skipped, not a site pattern:", invalid.map((rule) => rule.pattern));
		const granted = await grantedPatterns(rules.map((rule) => rule.pattern));
		const matches = customScriptMatches(rules, HOSTED_SUITE_MATCHES, (pattern) => granted.has(pattern));
		const registered = await import_browser_polyfill.default.scripting.getRegisteredContentScripts({ ids: [CUSTOM_SITES_SCRIPT_ID] });
		if (matches.length === 0) {
			if (registered.length > 0) await import_browser_polyfill.default.scripting.unregisterContentScripts({ ids: [CUSTOM_SITES_SCRIPT_ID] });
			return matches;
		}
		const script = {
			id: CUSTOM_SITES_SCRIPT_ID,
			matches,
			js: [LAUNCHER_FILE],
			runAt: "document_idle"
		};
		if (registered.length > 0) await import_browser_polyfill.default.scripting.updateContentScripts([script]);
		else await import_browser_polyfill.default.scripting.registerContentScripts([script]);
		return matches;
	}
	var queue = Promise.resolve();
	/** Re-applies the rules; calls are serialised so two changes never register the script twice. Resolves to the custom matches. */
	function syncSites() {
		const next = queue.then(applySiteRules);
		queue = next.catch((error) => console.error("Review Companion: could not update the custom sites", error));
		return next;
	}
	/** What the launcher needs before opening by itself: may it, and how the sidebar looks. */
	async function launcherStatus(url) {
		const settings = await getSettings();
		return {
			enabled: settings.autoOpen && settings.panelMode === "overlay" && await isSiteEnabled(url),
			side: settings.sidebarSide,
			width: settings.sidebarWidth
		};
	}
	/** Whether the launcher may open by itself on `url` (the user did not switch that suite off). */
	async function isSiteEnabled(url) {
		let parsed;
		try {
			parsed = new URL(url);
		} catch {
			return false;
		}
		return !disabledBuiltIns(await siteRules.all(), HOSTED_SUITE_MATCHES).some((pattern) => matchesPattern(parsed, pattern));
	}
	/** Injects the launcher where it is not running yet (possible on any page through activeTab). */
	async function injectLauncher(tabId) {
		await import_browser_polyfill.default.scripting.executeScript({
			target: { tabId },
			files: [LAUNCHER_FILE]
		});
	}
	// entrypoints/background/index.ts
	var SIDEBAR_PAGES = ["/sidebar.html"];
	/** Pages that may read prep data through the background. */
	var DATA_PAGES = [
		"/sidebar.html",
		"/popup.html",
		"/options.html"
	];
	var POPUP_PAGES = ["/popup.html"];
	/** Sends a message to the launcher in the top frame of a tab. */
	async function toLauncher(tabId, message) {
		return import_browser_polyfill.default.tabs.sendMessage(tabId, message, { frameId: 0 });
	}
	/**
	* Whether a message comes from one of `paths` of this extension, and if so
	* which tab it works on. An extension page inside a web page (a frame of a
	* tab) counts only as the sidebar its tab's launcher mounted, proven by the
	* launcher's token, and works on that tab whatever the message says. The
	* browser's side panel (no tab) and a sidebar page shown as a tab of its own
	* name the tab they work on.
	*/
	async function trustedPage(sender, message, paths) {
		if (!isFromExtensionPage(sender, import_browser_polyfill.default.runtime.id, paths)) return void 0;
		const tab = sender.tab?.id;
		if (tab === void 0) return { tabId: message.tabId };
		const frameId = sender.frameId ?? 0;
		if (frameId === 0) return { tabId: message.tabId };
		return await isRegisteredSidebarFrame(tab, frameId, message.frameToken) ? { tabId: tab } : void 0;
	}
	async function relayInsert(tabId, message) {
		if (tabId === void 0) return {
			ok: false,
			reason: "no-page"
		};
		try {
			const reply = InsertResult.safeParse(await toLauncher(tabId, {
				type: "insert-into-page",
				text: message.text,
				mode: message.mode,
				...message.field !== void 0 ? { field: message.field } : {}
			}));
			return reply.success ? reply.data : {
				ok: false,
				reason: "invalid"
			};
		} catch {
			return {
				ok: false,
				reason: "no-page"
			};
		}
	}
	/**
	* Opens, closes or toggles the sidebar on a tab. Where the launcher does not
	* run (a site the user never enabled), it is injected first: the toolbar
	* button and the keyboard shortcut grant `activeTab` for that one page.
	*/
	async function setSidebarOnTab(tabId, open) {
		try {
			await toLauncher(tabId, {
				type: "set-sidebar",
				open
			});
			return true;
		} catch {
			if (open === false || open === "collapse") return true;
		}
		try {
			await injectLauncher(tabId);
			await toLauncher(tabId, {
				type: "set-sidebar",
				open: true
			});
			return true;
		} catch {
			return false;
		}
	}
	/** Runs `then` for a message from a trusted page among `paths` (see `trustedPage`); no answer otherwise. */
	function fromPage(sender, message, paths, then) {
		return trustedPage(sender, message, paths).then((page) => page ? then(page.tabId) : void 0);
	}
	/**
	* Routes messages between extension pages and the launcher. Every message is
	* validated; each kind is accepted only from the sender that may send it.
	*/
	function onMessage(raw, sender) {
		const message = parseMessage(raw);
		if (!message) return void 0;
		const id = import_browser_polyfill.default.runtime.id;
		switch (message.type) {
			case "get-review-data": return fromPage(sender, message, DATA_PAGES, () => loadReviewData(message.notesLimit, { pinnedNotes: true }));
			case "insert-text": return fromPage(sender, message, SIDEBAR_PAGES, (tabId) => relayInsert(tabId, message));
			case "list-fields": return fromPage(sender, message, SIDEBAR_PAGES, async (tabId) => {
				if (tabId === void 0) return { fields: [] };
				return toLauncher(tabId, { type: "list-fields" }).then((reply) => FieldList.parse(reply)).catch(() => ({ fields: [] }));
			});
			case "set-sidebar": return fromPage(sender, message, SIDEBAR_PAGES, async (tabId) => tabId !== void 0 ? setSidebarOnTab(tabId, message.open) : void 0);
			case "pin": return fromPage(sender, message, SIDEBAR_PAGES, () => setPinned(message.id, message.pinned).then(() => true));
			case "question-asked": return fromPage(sender, message, SIDEBAR_PAGES, () => questions.update(message.id, { asked: message.asked }).then((updated) => !!updated));
			case "open-sidebar": return isFromExtensionPage(sender, id, POPUP_PAGES) && (sender.frameId ?? 0) === 0 ? setSidebarOnTab(message.tabId, true) : void 0;
			case "launcher-status": return isFromContentScript(sender, id) && sender.url ? launcherStatus(sender.url) : void 0;
			case "register-sidebar":
				if (!isFromContentScript(sender, id) || sender.tab?.id === void 0 || (sender.frameId ?? 0) !== 0) return void 0;
				return registerSidebarFrame(sender.tab.id, message.token).then(() => true);
			case "data-changed":
				if (isFromExtensionPage(sender, id, ["/options.html", "/popup.html"]) && (sender.frameId ?? 0) === 0) {
					if (message.stores.includes("siteRules")) syncSites();
					if (message.stores.includes("settings")) applyReminders().catch(() => void 0);
				}
				return;
			default: return;
		}
	}
	var background_default = defineBackground(() => {
		import_browser_polyfill.default.runtime.onMessage.addListener(onMessage);
		import_browser_polyfill.default.runtime.onInstalled.addListener(() => {
			syncSites();
			applyReminders().catch(() => void 0);
			requestPersistentStorage();
		});
		import_browser_polyfill.default.runtime.onStartup.addListener(() => void syncSites());
		import_browser_polyfill.default.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
		import_browser_polyfill.default.alarms.onAlarm.addListener((alarm) => void onReminderAlarm(alarm).catch(() => void 0));
		import_browser_polyfill.default.notifications?.onClicked.addListener(onReminderClicked);
		import_browser_polyfill.default.permissions.onAdded.addListener(() => void syncSites());
		import_browser_polyfill.default.permissions.onRemoved.addListener(() => void syncSites());
		import_browser_polyfill.default.commands.onCommand.addListener((command, tab) => {
			if (command === "toggle-sidebar" && tab?.id !== void 0) setSidebarOnTab(tab.id, "toggle");
		});
		Object.assign(globalThis, { reviewCompanion: {
			setSidebarOnTab,
			syncSites,
			applyReminders
		} });
	});
	// \0virtual:wxt-background-entrypoint?/work/wt-bench/entrypoints/background/index.ts
	/** Wrapper around `console` with a "[wxt]" prefix */
	var logger = {
		debug: (...args) => ([...args], void 0),
		log: (...args) => ([...args], void 0),
		warn: (...args) => ([...args], void 0),
		error: (...args) => ([...args], void 0)
	};
	var result;
	try {
		result = background_default.main();
		if (result instanceof Promise) console.warn("The background's main() function return a promise, but it must be synchronous");
	} catch (err) {
		logger.error("The background crashed on startup!");
		throw err;
	}
	return result;
})();
