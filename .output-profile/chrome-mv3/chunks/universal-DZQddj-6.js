// node_modules/read-excel-file/modules/saxen/parser.js
function _typeof$7(o) {
	"@babel/helpers - typeof";
	return _typeof$7 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o) {
		return typeof o;
	} : function(o) {
		return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o;
	}, _typeof$7(o);
}
function Parser_(options) {
	var fromCharCode = String.fromCharCode;
	var hasOwnProperty = Object.prototype.hasOwnProperty;
	var ENTITY_PATTERN = /&#(\d+);|&#x([0-9a-f]+);|&(\w+);/gi;
	var ENTITY_MAPPING = {
		"amp": "&",
		"apos": "'",
		"gt": ">",
		"lt": "<",
		"quot": "\""
	};
	Object.keys(ENTITY_MAPPING).forEach(function(k) {
		ENTITY_MAPPING[k.toUpperCase()] = ENTITY_MAPPING[k];
	});
	function replaceEntities(_, d, x, z) {
		if (z) {
			if (hasOwnProperty.call(ENTITY_MAPPING, z)) return ENTITY_MAPPING[z];
			else return "&" + z + ";";
		}
		if (d) return fromCharCode(d);
		return fromCharCode(parseInt(x, 16));
	}
	/**
	* A basic entity decoder that can decode a minimal
	* sub-set of reserved names (&amp;) as well as
	* hex (&#xaaf;) and decimal (&#1231;) encoded characters.
	*
	* @param {string} s
	*
	* @return {string} decoded string
	*/
	function decodeEntities(s) {
		if (s.length > 3 && s.indexOf("&") !== -1) return s.replace(ENTITY_PATTERN, replaceEntities);
		return s;
	}
	var NON_WHITESPACE_OUTSIDE_ROOT_NODE = "non-whitespace outside of root node";
	function error(msg) {
		return new Error(msg);
	}
	function missingNamespaceForPrefix(prefix) {
		return "missing namespace for prefix <" + prefix + ">";
	}
	function getter(getFn) {
		return {
			"get": getFn,
			"enumerable": true
		};
	}
	function cloneNsMatrix(nsMatrix) {
		var clone = {}, key;
		for (key in nsMatrix) clone[key] = nsMatrix[key];
		return clone;
	}
	var NAME_CACHE = Symbol("nameCache");
	function uriPrefix(prefix) {
		return prefix + "$uri";
	}
	function buildNsMatrix(nsUriToPrefix) {
		var nsMatrix = {}, uri, prefix;
		for (uri in nsUriToPrefix) {
			prefix = nsUriToPrefix[uri];
			nsMatrix[prefix] = prefix;
			nsMatrix[uriPrefix(prefix)] = uri;
		}
		return nsMatrix;
	}
	function noopGetContext() {
		return {
			line: 0,
			column: 0
		};
	}
	function throwFunc(err) {
		throw err;
	}
	/**
	* Creates a new parser with the given options.
	*
	* @constructor
	*
	* @param  {!Object<string, ?>=} options
	*/
	function Parser(options) {
		if (!this) return new Parser(options);
		var proxy = options && options["proxy"];
		var onText, onOpenTag, onCloseTag, onCDATA, onError = throwFunc, onWarning, onComment, onQuestion, onAttention;
		var getContext = noopGetContext;
		/**
		* Are we currently consuming a chunked stream of XML,
		* i.e. is a `write` call in progress that may be followed
		* by more chunks?
		*
		* @type {boolean}
		*/
		var streaming = false;
		/**
		* Did we already encounter the root tag?
		*
		* Persisted across `write` calls so we can detect a missing
		* start tag once the stream ends.
		*
		* @type {boolean}
		*/
		var rootTagFound = false;
		/**
		* Not yet parsed remainder of the previously written chunk,
		* i.e. an incomplete token that awaits more input.
		*
		* @type {string}
		*/
		var leftoverXml = "";
		/**
		* Do we need to parse the current elements attributes for namespaces?
		*
		* @type {boolean}
		*/
		var maybeNS = false;
		/**
		* Do we process namespaces at all?
		*
		* @type {boolean}
		*/
		var isNamespace = false;
		/**
		* The caught error returned on parse end
		*
		* @type {Error}
		*/
		var returnError = null;
		/**
		* Should we stop parsing?
		*
		* @type {boolean}
		*/
		var parseStop = false;
		/**
		* Namespace + node state shared across (streamed) parse runs.
		*/
		var nsMatrixStack, nsMatrix, nodeStack;
		/**
		* A map of { uri: prefix } used by the parser.
		*
		* This map will ensure we can normalize prefixes during processing;
		* for each uri, only one prefix will be exposed to the handlers.
		*
		* @type {!Object<string, string>}}
		*/
		var nsUriToPrefix;
		/**
		* Handle parse error.
		*
		* @param  {string|Error} err
		*/
		function handleError(err) {
			if (!(err instanceof Error)) err = error(err);
			returnError = err;
			onError(err, getContext);
		}
		/**
		* Handle parse error.
		*
		* @param  {string|Error} err
		*/
		function handleWarning(err) {
			if (!onWarning) return;
			if (!(err instanceof Error)) err = error(err);
			onWarning(err, getContext);
		}
		/**
		* Register parse listener.
		*
		* @param  {string}   name
		* @param  {Function} cb
		*
		* @return {Parser}
		*/
		this["on"] = function(name, cb) {
			if (typeof cb !== "function") throw error("required args <name, cb>");
			switch (name) {
				case "openTag":
					onOpenTag = cb;
					break;
				case "text":
					onText = cb;
					break;
				case "closeTag":
					onCloseTag = cb;
					break;
				case "error":
					onError = cb;
					break;
				case "warn":
					onWarning = cb;
					break;
				case "cdata":
					onCDATA = cb;
					break;
				case "attention":
					onAttention = cb;
					break;
				case "question":
					onQuestion = cb;
					break;
				case "comment":
					onComment = cb;
					break;
				default: throw error("unsupported event: " + name);
			}
			return this;
		};
		/**
		* Set the namespace to prefix mapping.
		*
		* @example
		*
		* parser.ns({
		*   'http://foo': 'foo',
		*   'http://bar': 'bar'
		* });
		*
		* @param  {!Object<string, string>} nsMap
		*
		* @return {Parser}
		*/
		this["ns"] = function(nsMap) {
			if (typeof nsMap === "undefined") nsMap = {};
			if (_typeof$7(nsMap) !== "object") throw error("required args <nsMap={}>");
			var _nsUriToPrefix = {}, k;
			for (k in nsMap) _nsUriToPrefix[k] = nsMap[k];
			isNamespace = true;
			nsUriToPrefix = _nsUriToPrefix;
			return this;
		};
		/**
		* Reset the parser state before a (streamed) parse run.
		*/
		function resetState() {
			nsMatrixStack = isNamespace ? [] : null;
			nsMatrix = isNamespace ? buildNsMatrix(nsUriToPrefix) : null;
			nodeStack = [];
			getContext = noopGetContext;
			parseStop = false;
			returnError = null;
			rootTagFound = false;
			leftoverXml = "";
		}
		/**
		* Parse a complete xml string.
		*
		* @param  {string} xml
		*
		* @return {Error} returnError, if not thrown
		*/
		this["parse"] = function(xml) {
			if (typeof xml !== "string") throw error("required args <xml=string>");
			if (streaming) throw error("parse during stream; call end() first");
			resetState();
			parse(xml);
			getContext = noopGetContext;
			parseStop = false;
			return returnError;
		};
		/**
		* Write the next chunk of a streamed xml string.
		*
		* Parse events are emitted for all complete tokens; an
		* incomplete trailing token is buffered until the next
		* `write` or, ultimately, reported as an error on `end`.
		*
		* @param  {string} xml
		*
		* @return {Parser} self
		*/
		this["write"] = function(xml) {
			if (typeof xml !== "string") throw error("required args <xml=string>");
			if (!streaming) {
				resetState();
				streaming = true;
			}
			if (!returnError) leftoverXml = parse(leftoverXml + xml, true) || "";
			return this;
		};
		/**
		* Finish parsing a streamed xml string, i.e. signal that
		* no more chunks will be written.
		*
		* @return {Error} returnError, if not thrown
		*/
		this["end"] = function() {
			if (!streaming) resetState();
			streaming = false;
			if (!returnError) parse(leftoverXml);
			leftoverXml = "";
			getContext = noopGetContext;
			parseStop = false;
			return returnError;
		};
		/**
		* Stop parsing.
		*/
		this["stop"] = function() {
			parseStop = true;
		};
		/**
		* Parse string, invoking configured listeners on element.
		*
		* Namespace and node stack state is shared across (streamed)
		* invocations via the enclosing parser scope.
		*
		* Internal note: while `streaming`, an incomplete trailing token
		* is not treated as an error but returned so `write` can buffer it
		* and prepend it to the next chunk. This buffered remainder is an
		* implementation detail of the streaming buffer, not a public API;
		* outside of that case the return value is `undefined`.
		*
		* @param {string} xml
		* @param {boolean} streaming
		*
		* @return {string|undefined} buffered remainder, streaming internal use only
		*/
		function parse(xml) {
			var streaming = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : false;
			var elNameCache = null, elNameCacheMatrix = null;
			var _nsMatrix, anonymousNsCount = 0, tagStart = false, tagEnd = false, i = 0, j = 0, x, y, q, w, v, xmlns, elementName, _elementName, elementProxy;
			var attrsString = "", attrsStart = 0, cachedAttrs;
			/**
			* Normalize a namespaced attribute name against the current
			* namespace matrix.
			*
			* @param {string} name
			* @param {string|boolean} defaultAlias
			*
			* @return {string|null} normalized name, or `null` when the prefix
			*                       has no namespace (a warning is emitted)
			*/
			function normalizeAttrName(name, defaultAlias) {
				var w = name.indexOf(":");
				if (w === -1) return name;
				var nsName = nsMatrix[name.substring(0, w)];
				if (!nsName) {
					handleWarning(missingNamespaceForPrefix(name.substring(0, w)));
					return null;
				}
				return defaultAlias === nsName ? name.substr(w + 1) : nsName + name.substr(w);
			}
			/**
			* Parse attributes on demand and returns the parsed attributes.
			*
			* Return semantics: (1) `false` on attribute parse error,
			* (2) object hash on extracted attrs.
			*
			* @return {boolean|Object}
			*/
			function getAttrs() {
				if (cachedAttrs !== null) return cachedAttrs;
				var nsUri, nsUriPrefix, defaultAlias = isNamespace && nsMatrix["xmlns"], attrList = isNamespace && maybeNS ? [] : null, i = attrsStart, s = attrsString, l = s.length, hasNewMatrix, newalias, value, alias, name, attrs = {}, seenAttrs = /* @__PURE__ */ new Set(), skipAttr, w, j;
				parseAttr: for (; i < l; i++) {
					skipAttr = false;
					w = s.charCodeAt(i);
					if (w === 32 || w < 14 && w > 8) continue;
					if (w < 65 || w > 122 || w > 90 && w < 97) {
						if (w !== 95 && w !== 58) {
							handleWarning("illegal first char attribute name");
							skipAttr = true;
						}
					}
					for (j = i + 1; j < l; j++) {
						w = s.charCodeAt(j);
						if (w > 96 && w < 123 || w > 64 && w < 91 || w > 47 && w < 59 || w === 46 || w === 45 || w === 95) continue;
						if (w === 32 || w < 14 && w > 8) {
							handleWarning("missing attribute value");
							i = j;
							continue parseAttr;
						}
						if (w === 61) break;
						handleWarning("illegal attribute name char");
						skipAttr = true;
					}
					name = s.substring(i, j);
					if (name === "xmlns:xmlns") {
						handleWarning("illegal declaration of xmlns");
						skipAttr = true;
					}
					w = s.charCodeAt(j + 1);
					if (w === 34) {
						j = s.indexOf("\"", i = j + 2);
						if (j === -1) {
							j = s.indexOf("'", i);
							if (j !== -1) {
								handleWarning("attribute value quote missmatch");
								skipAttr = true;
							}
						}
					} else if (w === 39) {
						j = s.indexOf("'", i = j + 2);
						if (j === -1) {
							j = s.indexOf("\"", i);
							if (j !== -1) {
								handleWarning("attribute value quote missmatch");
								skipAttr = true;
							}
						}
					} else {
						handleWarning("missing attribute value quotes");
						skipAttr = true;
						for (j = j + 1; j < l; j++) {
							w = s.charCodeAt(j + 1);
							if (w === 32 || w < 14 && w > 8) break;
						}
					}
					if (j === -1) {
						handleWarning("missing closing quotes");
						j = l;
						skipAttr = true;
					}
					if (!skipAttr) value = s.substring(i, j);
					i = j;
					for (; j + 1 < l; j++) {
						w = s.charCodeAt(j + 1);
						if (w === 32 || w < 14 && w > 8) break;
						if (i === j) {
							handleWarning("illegal character after attribute end");
							skipAttr = true;
						}
					}
					i = j + 1;
					if (skipAttr) continue parseAttr;
					if (seenAttrs.has(name)) {
						handleWarning("attribute <" + name + "> already defined");
						continue;
					}
					seenAttrs.add(name);
					if (!isNamespace) {
						attrs[name] = value;
						continue;
					}
					if (maybeNS) {
						newalias = name === "xmlns" ? "xmlns" : name.charCodeAt(0) === 120 && name.substr(0, 6) === "xmlns:" ? name.substr(6) : null;
						if (newalias !== null) {
							nsUri = decodeEntities(value);
							nsUriPrefix = uriPrefix(newalias);
							alias = nsUriToPrefix[nsUri];
							if (!alias) {
								if (newalias === "xmlns" || nsUriPrefix in nsMatrix && nsMatrix[nsUriPrefix] !== nsUri) do
									alias = "ns" + anonymousNsCount++;
								while (typeof nsMatrix[alias] !== "undefined");
								else alias = newalias;
								nsUriToPrefix[nsUri] = alias;
							}
							if (nsMatrix[newalias] !== alias) {
								if (!hasNewMatrix) {
									nsMatrix = cloneNsMatrix(nsMatrix);
									hasNewMatrix = true;
								}
								nsMatrix[newalias] = alias;
								if (newalias === "xmlns") {
									nsMatrix[uriPrefix(alias)] = nsUri;
									defaultAlias = alias;
								}
								nsMatrix[nsUriPrefix] = nsUri;
							}
							attrs[name] = value;
							continue;
						}
						attrList.push(name, value);
						continue;
					}
					name = normalizeAttrName(name, defaultAlias);
					if (name === null) continue;
					attrs[name] = value;
				}
				if (maybeNS) for (i = 0, l = attrList.length; i < l; i++) {
					name = normalizeAttrName(attrList[i++], defaultAlias);
					value = attrList[i];
					if (name === null) continue;
					attrs[name] = value;
				}
				return cachedAttrs = attrs;
			}
			/**
			* Extract the parse context { line, column, part }
			* from the current parser position.
			*
			* @return {Object} parse context
			*/
			function getParseContext() {
				var splitsRe = /(\r\n|\r|\n)/g;
				var line = 0;
				var column = 0;
				var startOfLine = 0;
				var endOfLine = j;
				var match;
				var data;
				while (i >= startOfLine) {
					match = splitsRe.exec(xml);
					if (!match) break;
					endOfLine = match[0].length + match.index;
					if (endOfLine > i) break;
					line += 1;
					startOfLine = endOfLine;
				}
				if (i == -1) {
					column = endOfLine;
					data = xml.substring(j);
				} else if (j === 0) data = xml.substring(j, i);
				else {
					column = i - startOfLine;
					data = j == -1 ? xml.substring(i) : xml.substring(i, j + 1);
				}
				return {
					"data": data,
					"line": line,
					"column": column
				};
			}
			getContext = getParseContext;
			if (proxy) elementProxy = Object.create({}, {
				"name": getter(function() {
					return elementName;
				}),
				"originalName": getter(function() {
					return _elementName;
				}),
				"attrs": getter(getAttrs),
				"ns": getter(function() {
					return nsMatrix;
				})
			});
			while (j !== -1) {
				if (xml.charCodeAt(j) === 60) i = j;
				else i = xml.indexOf("<", j);
				if (i === -1) {
					if (streaming) return xml.substring(j);
					if (nodeStack.length) return handleError("unexpected end of file");
					if (!rootTagFound) return handleError("missing start tag");
					if (j < xml.length) {
						if (xml.substring(j).trim()) handleWarning(NON_WHITESPACE_OUTSIDE_ROOT_NODE);
					}
					return;
				}
				if (!rootTagFound) rootTagFound = true;
				if (j !== i) {
					if (nodeStack.length) {
						if (onText) {
							onText(xml.substring(j, i), decodeEntities, getContext);
							if (parseStop) return;
						}
					} else if (xml.substring(j, i).trim()) {
						handleWarning(NON_WHITESPACE_OUTSIDE_ROOT_NODE);
						if (parseStop) return;
					}
				}
				w = xml.charCodeAt(i + 1);
				if (w === 33) {
					q = xml.charCodeAt(i + 2);
					if (q === 91 && xml.substr(i + 3, 6) === "CDATA[") {
						j = xml.indexOf("]]>", i);
						if (j === -1) {
							if (streaming) return xml.substring(i);
							return handleError("unclosed cdata");
						}
						if (onCDATA) {
							onCDATA(xml.substring(i + 9, j), getContext);
							if (parseStop) return;
						}
						j += 3;
						continue;
					}
					if (q === 45 && xml.charCodeAt(i + 3) === 45) {
						j = xml.indexOf("-->", i);
						if (j === -1) {
							if (streaming) return xml.substring(i);
							return handleError("unclosed comment");
						}
						if (onComment) {
							onComment(xml.substring(i + 4, j), decodeEntities, getContext);
							if (parseStop) return;
						}
						j += 3;
						continue;
					}
				}
				if (w === 63) {
					j = xml.indexOf("?>", i);
					if (j === -1) {
						if (streaming) return xml.substring(i);
						return handleError("unclosed question");
					}
					if (onQuestion) {
						onQuestion(xml.substring(i, j + 2), getContext);
						if (parseStop) return;
					}
					j += 2;
					continue;
				}
				for (x = i + 1;; x++) {
					v = xml.charCodeAt(x);
					if (isNaN(v)) {
						if (streaming) return xml.substring(i);
						j = -1;
						return handleError("unclosed tag");
					}
					if (v === 34) {
						q = xml.indexOf("\"", x + 1);
						x = q !== -1 ? q : x;
					} else if (v === 39) {
						q = xml.indexOf("'", x + 1);
						x = q !== -1 ? q : x;
					} else if (v === 62) {
						j = x;
						break;
					}
				}
				if (w === 33) {
					if (onAttention) {
						onAttention(xml.substring(i, j + 1), decodeEntities, getContext);
						if (parseStop) return;
					}
					j += 1;
					continue;
				}
				cachedAttrs = {};
				if (w === 47) {
					tagStart = false;
					tagEnd = true;
					if (!nodeStack.length) return handleError("missing open tag");
					x = elementName = nodeStack.pop();
					q = i + 2 + x.length;
					if (xml.substring(i + 2, q) !== x) return handleError("closing tag mismatch");
					for (; q < j; q++) {
						w = xml.charCodeAt(q);
						if (w === 32 || w > 8 && w < 14) continue;
						return handleError("close tag");
					}
				} else {
					if (xml.charCodeAt(j - 1) === 47) {
						x = elementName = xml.substring(i + 1, j - 1);
						tagStart = true;
						tagEnd = true;
					} else {
						x = elementName = xml.substring(i + 1, j);
						tagStart = true;
						tagEnd = false;
					}
					if (!(w > 96 && w < 123 || w > 64 && w < 91 || w === 95 || w === 58)) return handleError("illegal first char nodeName");
					for (q = 1, y = x.length; q < y; q++) {
						w = x.charCodeAt(q);
						if (w > 96 && w < 123 || w > 64 && w < 91 || w > 47 && w < 59 || w === 45 || w === 95 || w == 46) continue;
						if (w === 32 || w < 14 && w > 8) {
							elementName = x.substring(0, q);
							cachedAttrs = null;
							break;
						}
						return handleError("invalid nodeName");
					}
					if (!tagEnd) nodeStack.push(elementName);
				}
				if (isNamespace) {
					_nsMatrix = nsMatrix;
					if (tagStart) {
						if (!tagEnd) nsMatrixStack.push(_nsMatrix);
						if (cachedAttrs === null) {
							if (maybeNS = x.indexOf("xmlns", q) !== -1) {
								attrsStart = q;
								attrsString = x;
								getAttrs();
								maybeNS = false;
							}
						}
					}
					_elementName = elementName;
					if (elNameCacheMatrix !== nsMatrix) {
						elNameCache = nsMatrix[NAME_CACHE];
						if (elNameCache === void 0) elNameCache = nsMatrix[NAME_CACHE] = {};
						elNameCacheMatrix = nsMatrix;
					}
					var _cachedName = elNameCache[elementName];
					if (_cachedName !== void 0) elementName = _cachedName;
					else {
						w = elementName.indexOf(":");
						if (w !== -1) {
							xmlns = nsMatrix[elementName.substring(0, w)];
							if (!xmlns) return handleError("missing namespace on <" + _elementName + ">");
							elementName = elementName.substr(w + 1);
						} else xmlns = nsMatrix["xmlns"];
						if (xmlns) elementName = xmlns + ":" + elementName;
						elNameCache[_elementName] = elementName;
					}
				}
				if (tagStart) {
					attrsStart = q;
					attrsString = x;
					if (onOpenTag) {
						if (proxy) onOpenTag(elementProxy, decodeEntities, tagEnd, getContext);
						else onOpenTag(elementName, getAttrs, decodeEntities, tagEnd, getContext);
						if (parseStop) return;
					}
				}
				if (tagEnd) {
					if (onCloseTag) {
						onCloseTag(proxy ? elementProxy : elementName, decodeEntities, tagStart, getContext);
						if (parseStop) return;
					}
					if (isNamespace) {
						if (!tagStart) nsMatrix = nsMatrixStack.pop();
						else nsMatrix = _nsMatrix;
					}
				}
				j += 1;
			}
		}
	}
	return new Parser(options);
}
// node_modules/read-excel-file/modules/xml/parseXmlStream.saxen.js
/**
* Parses XML markup in a streaming fashion by calling the supplied callback functions as the XML markup is being input.
* @param {any} state — The initial `state`. This `state` will supposedly be modified by the callback functions as the XML is being parsed.
* @param {function} [onOpenTag]
* @param {function} [onCloseTag]
* @param {function} [onText]
* @returns {object} An object with properties: `promise`, `write(string)`, `end()`. The `promise` resolves with nothing.
*/
function parseXmlStream(state, onOpenTag, onCloseTag, onText) {
	var errored = false;
	var mustNotHaveErrored = function mustNotHaveErrored() {
		if (errored) throw new Error("Errored");
	};
	var resolvePromise;
	var parser = new Parser_();
	return {
		promise: new Promise(function(resolve, reject) {
			resolvePromise = resolve;
			var onerror = function onerror(error) {
				errored = true;
				throw error;
			};
			var ontext = function ontext(text, decodeEntities) {
				if (onText) onText(decodeEntities(text), state);
			};
			var onopentag = function onopentag(elementName, getAttributes, decodeEntities, selfClosing, getContext) {
				if (onOpenTag) {
					var attributes = getAttributes();
					for (var name in attributes) attributes[trimXmlnsPrefix(name, true)] = decodeEntities(attributes[name]);
					onOpenTag(trimXmlnsPrefix(elementName), attributes, state);
				}
			};
			var onclosetag = function onclosetag(elementName) {
				if (onCloseTag) onCloseTag(trimXmlnsPrefix(elementName), state);
			};
			parser.on("error", onerror);
			parser.on("text", ontext);
			parser.on("openTag", onopentag);
			parser.on("closeTag", onclosetag);
		}),
		write: function write(xml) {
			mustNotHaveErrored();
			parser.write(xml);
		},
		end: function end() {
			mustNotHaveErrored();
			parser.end();
			resolvePromise();
		}
	};
}
function trimXmlnsPrefix(string, isAttributeName) {
	var i = 0;
	while (i < string.length) {
		if (string[i] === ":") {
			if (isAttributeName && i === 5 && string.slice(0, 5) === "xmlns") {} else return string.slice(i + 1);
		}
		i++;
	}
	return string;
}
// node_modules/read-excel-file/modules/xlsx/InvalidSpreadsheetError.js
function _typeof$6(o) {
	"@babel/helpers - typeof";
	return _typeof$6 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o) {
		return typeof o;
	} : function(o) {
		return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o;
	}, _typeof$6(o);
}
function _defineProperties$3(target, props) {
	for (var i = 0; i < props.length; i++) {
		var descriptor = props[i];
		descriptor.enumerable = descriptor.enumerable || false;
		descriptor.configurable = true;
		if ("value" in descriptor) descriptor.writable = true;
		Object.defineProperty(target, _toPropertyKey$5(descriptor.key), descriptor);
	}
}
function _createClass$3(Constructor, protoProps, staticProps) {
	if (protoProps) _defineProperties$3(Constructor.prototype, protoProps);
	if (staticProps) _defineProperties$3(Constructor, staticProps);
	Object.defineProperty(Constructor, "prototype", { writable: false });
	return Constructor;
}
function _toPropertyKey$5(arg) {
	var key = _toPrimitive$5(arg, "string");
	return _typeof$6(key) === "symbol" ? key : String(key);
}
function _toPrimitive$5(input, hint) {
	if (_typeof$6(input) !== "object" || input === null) return input;
	var prim = input[Symbol.toPrimitive];
	if (prim !== void 0) {
		var res = prim.call(input, hint || "default");
		if (_typeof$6(res) !== "object") return res;
		throw new TypeError("@@toPrimitive must return a primitive value.");
	}
	return (hint === "string" ? String : Number)(input);
}
function _classCallCheck$3(instance, Constructor) {
	if (!(instance instanceof Constructor)) throw new TypeError("Cannot call a class as a function");
}
function _inherits$3(subClass, superClass) {
	if (typeof superClass !== "function" && superClass !== null) throw new TypeError("Super expression must either be null or a function");
	subClass.prototype = Object.create(superClass && superClass.prototype, { constructor: {
		value: subClass,
		writable: true,
		configurable: true
	} });
	Object.defineProperty(subClass, "prototype", { writable: false });
	if (superClass) _setPrototypeOf$3(subClass, superClass);
}
function _createSuper$3(Derived) {
	var hasNativeReflectConstruct = _isNativeReflectConstruct$3();
	return function _createSuperInternal() {
		var Super = _getPrototypeOf$3(Derived), result;
		if (hasNativeReflectConstruct) {
			var NewTarget = _getPrototypeOf$3(this).constructor;
			result = Reflect.construct(Super, arguments, NewTarget);
		} else result = Super.apply(this, arguments);
		return _possibleConstructorReturn$3(this, result);
	};
}
function _possibleConstructorReturn$3(self, call) {
	if (call && (_typeof$6(call) === "object" || typeof call === "function")) return call;
	else if (call !== void 0) throw new TypeError("Derived constructors may only return object or undefined");
	return _assertThisInitialized$3(self);
}
function _assertThisInitialized$3(self) {
	if (self === void 0) throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
	return self;
}
function _wrapNativeSuper$3(Class) {
	var _cache = typeof Map === "function" ? /* @__PURE__ */ new Map() : void 0;
	_wrapNativeSuper$3 = function _wrapNativeSuper(Class) {
		if (Class === null || !_isNativeFunction$3(Class)) return Class;
		if (typeof Class !== "function") throw new TypeError("Super expression must either be null or a function");
		if (typeof _cache !== "undefined") {
			if (_cache.has(Class)) return _cache.get(Class);
			_cache.set(Class, Wrapper);
		}
		function Wrapper() {
			return _construct$3(Class, arguments, _getPrototypeOf$3(this).constructor);
		}
		Wrapper.prototype = Object.create(Class.prototype, { constructor: {
			value: Wrapper,
			enumerable: false,
			writable: true,
			configurable: true
		} });
		return _setPrototypeOf$3(Wrapper, Class);
	};
	return _wrapNativeSuper$3(Class);
}
function _construct$3(Parent, args, Class) {
	if (_isNativeReflectConstruct$3()) _construct$3 = Reflect.construct.bind();
	else _construct$3 = function _construct(Parent, args, Class) {
		var a = [null];
		a.push.apply(a, args);
		var instance = new (Function.bind.apply(Parent, a))();
		if (Class) _setPrototypeOf$3(instance, Class.prototype);
		return instance;
	};
	return _construct$3.apply(null, arguments);
}
function _isNativeReflectConstruct$3() {
	if (typeof Reflect === "undefined" || !Reflect.construct) return false;
	if (Reflect.construct.sham) return false;
	if (typeof Proxy === "function") return true;
	try {
		Boolean.prototype.valueOf.call(Reflect.construct(Boolean, [], function() {}));
		return true;
	} catch (e) {
		return false;
	}
}
function _isNativeFunction$3(fn) {
	return Function.toString.call(fn).indexOf("[native code]") !== -1;
}
function _setPrototypeOf$3(o, p) {
	_setPrototypeOf$3 = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function _setPrototypeOf(o, p) {
		o.__proto__ = p;
		return o;
	};
	return _setPrototypeOf$3(o, p);
}
function _getPrototypeOf$3(o) {
	_getPrototypeOf$3 = Object.setPrototypeOf ? Object.getPrototypeOf.bind() : function _getPrototypeOf(o) {
		return o.__proto__ || Object.getPrototypeOf(o);
	};
	return _getPrototypeOf$3(o);
}
var InvalidSpreadsheetError = /*#__PURE__*/ function(_Error) {
	_inherits$3(InvalidSpreadsheetError, _Error);
	var _super = _createSuper$3(InvalidSpreadsheetError);
	function InvalidSpreadsheetError(message) {
		var _this;
		_classCallCheck$3(this, InvalidSpreadsheetError);
		_this = _super.call(this, message);
		_this.name = "InvalidSpreadsheetError";
		return _this;
	}
	return _createClass$3(InvalidSpreadsheetError);
}(/*#__PURE__*/ _wrapNativeSuper$3(Error));
// node_modules/read-excel-file/modules/xml/parseXml.js
/**
* Parses XML markup by calling the supplied callback functions.
* @param {string} xml
* @param {any} state — The initial `state`. This `state` will supposedly be modified by the callback functions as the XML is being parsed.
* @param {function} [onOpenTag]
* @param {function} [onCloseTag]
* @param {function} [onText]
* @param {function} [onProgress] — If defined, will be called every time it finishes parsing yet another chunk of XML.
* @returns {Promise<void>} Returns a `Promise` that resolves to nothing. Inspect the passed `state` argument for changes.
*/
function parseXml(xml, state, onOpenTag, onCloseTag, onText, onProgress) {
	var parser = parseXmlStream(state, onOpenTag, onCloseTag, onText);
	if (onProgress) parseXmlInChunks(parser, xml, onProgress);
	else {
		parser.write(xml);
		parser.end();
	}
	return parser.promise.then(function(result) {
		return result;
	}, function(error) {
		var spreadsheetError = new InvalidSpreadsheetError(error.message);
		spreadsheetError.stack = error.stack;
		spreadsheetError.cause = error;
		throw spreadsheetError;
	});
	/**
	* Parses XML in chunks.
	* @param {object} parser — An object returned from `parseXmlStream()` function.
	* @param {string} xml
	* @param {function} [onProgress] — Will be called after yet another chunk of XML has been parsed.
	* @param {boolean} [nonBlocking] — If `true` is passed then it won't block the current thread while parsing. Otherwise, it will block the current thread until all the XML is parsed.
	*/
	function parseXmlInChunks(parser, xml, onProgress, nonBlocking) {
		var MAX_CHUNK_PROCESSING_TIME = 7;
		var INITIAL_CHUNK_SIZE = 65536;
		var chunksCount = 0;
		var chunkSize = INITIAL_CHUNK_SIZE;
		/**
		* Parses next chunk of XML.
		* @returns {boolean} Returns `true` if there're more chunks to write.
		*/
		var parseNextChunk = function parseNextChunk() {
			chunksCount++;
			var startedAt = Date.now();
			if (xml.length > chunkSize) {
				parser.write(xml.slice(0, chunkSize));
				if (onProgress) onProgress(false);
				xml = xml.slice(chunkSize);
				var chunkProcessingTime = Date.now() - startedAt;
				if (chunkProcessingTime < MAX_CHUNK_PROCESSING_TIME * .5) chunkSize *= 2;
				else if (chunkProcessingTime > MAX_CHUNK_PROCESSING_TIME) chunkSize /= 2;
				return true;
			} else {
				parser.write(xml);
				parser.end();
				if (onProgress) onProgress(true);
				return false;
			}
		};
		(function loop() {
			if (parseNextChunk()) {
				if (nonBlocking) {
					if (typeof setImmediate !== "undefined") setImmediate(loop);
					else setTimeout(loop, 0);
				} else loop();
			}
		})();
	}
}
// node_modules/fflate/esm/browser.js
var ch2 = {};
var wk = (function(c, id, msg, transfer, cb) {
	var w = new Worker(ch2[id] || (ch2[id] = URL.createObjectURL(new Blob([c + ";addEventListener(\"error\",function(e){e=e.error;postMessage({$e$:[e.message,e.code,e.stack]})})"], { type: "text/javascript" }))));
	w.onmessage = function(e) {
		var d = e.data, ed = d.$e$;
		if (ed) {
			var err = new Error(ed[0]);
			err["code"] = ed[1];
			err.stack = ed[2];
			cb(err, null);
		} else cb(null, d);
	};
	w.postMessage(msg, transfer);
	return w;
});
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	1,
	1,
	1,
	1,
	2,
	2,
	2,
	2,
	3,
	3,
	3,
	3,
	4,
	4,
	4,
	4,
	5,
	5,
	5,
	5,
	0,
	0,
	0,
	0
]);
var fdeb = new u8([
	0,
	0,
	0,
	0,
	1,
	1,
	2,
	2,
	3,
	3,
	4,
	4,
	5,
	5,
	6,
	6,
	7,
	7,
	8,
	8,
	9,
	9,
	10,
	10,
	11,
	11,
	12,
	12,
	13,
	13,
	0,
	0
]);
var clim = new u8([
	16,
	17,
	18,
	0,
	8,
	7,
	9,
	6,
	10,
	5,
	11,
	4,
	12,
	3,
	13,
	2,
	14,
	1,
	15
]);
var freb = function(eb, start) {
	var b = new u16(31);
	for (var i = 0; i < 31; ++i) b[i] = start += 1 << eb[i - 1];
	var r = new i32(b[30]);
	for (var i = 1; i < 30; ++i) for (var j = b[i]; j < b[i + 1]; ++j) r[j] = j - b[i] << 5 | i;
	return {
		b,
		r
	};
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
_b.r;
var rev = new u16(32768);
for (var i = 0; i < 32768; ++i) {
	var x = (i & 43690) >> 1 | (i & 21845) << 1;
	x = (x & 52428) >> 2 | (x & 13107) << 2;
	x = (x & 61680) >> 4 | (x & 3855) << 4;
	rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var hMap = (function(cd, mb, r) {
	var s = cd.length;
	var i = 0;
	var l = new u16(mb);
	for (; i < s; ++i) if (cd[i]) ++l[cd[i] - 1];
	var le = new u16(mb);
	for (i = 1; i < mb; ++i) le[i] = le[i - 1] + l[i - 1] << 1;
	var co;
	if (r) {
		co = new u16(1 << mb);
		var rvb = 15 - mb;
		for (i = 0; i < s; ++i) if (cd[i]) {
			var sv = i << 4 | cd[i];
			var r_1 = mb - cd[i];
			var v = le[cd[i] - 1]++ << r_1;
			for (var m = v | (1 << r_1) - 1; v <= m; ++v) co[rev[v] >> rvb] = sv;
		}
	} else {
		co = new u16(s);
		for (i = 0; i < s; ++i) if (cd[i]) co[i] = rev[le[cd[i] - 1]++] >> 15 - cd[i];
	}
	return co;
});
var flt = new u8(288);
for (var i = 0; i < 144; ++i) flt[i] = 8;
for (var i = 144; i < 256; ++i) flt[i] = 9;
for (var i = 256; i < 280; ++i) flt[i] = 7;
for (var i = 280; i < 288; ++i) flt[i] = 8;
var fdt = new u8(32);
for (var i = 0; i < 32; ++i) fdt[i] = 5;
var flrm = /*#__PURE__*/ hMap(flt, 9, 1);
var fdrm = /*#__PURE__*/ hMap(fdt, 5, 1);
var max = function(a) {
	var m = a[0];
	for (var i = 1; i < a.length; ++i) if (a[i] > m) m = a[i];
	return m;
};
var bits = function(d, p, m) {
	var o = p / 8 | 0;
	return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
	var o = p / 8 | 0;
	return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
};
var shft = function(p) {
	return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
	if (s == null || s < 0) s = 0;
	if (e == null || e > v.length) e = v.length;
	return new u8(v.subarray(s, e));
};
var ec = [
	"unexpected EOF",
	"invalid block type",
	"invalid length/literal",
	"invalid distance",
	"stream finished",
	"no stream handler",
	,
	"no callback",
	"invalid UTF-8 data",
	"extra field too long",
	"date not in range 1980-2099",
	"filename too long",
	"stream finishing",
	"invalid zip data"
];
var err = function(ind, msg, nt) {
	var e = new Error(msg || ec[ind]);
	e.code = ind;
	if (Error.captureStackTrace) Error.captureStackTrace(e, err);
	if (!nt) throw e;
	return e;
};
var inflt = function(dat, st, buf, dict) {
	var sl = dat.length, dl = dict ? dict.length : 0;
	if (!sl || st.f && !st.l) return buf || new u8(0);
	var noBuf = !buf;
	var resize = noBuf || st.i != 2;
	var noSt = st.i;
	if (noBuf) buf = new u8(sl * 3);
	var cbuf = function(l) {
		var bl = buf.length;
		if (l > bl) {
			var nbuf = new u8(Math.max(bl * 2, l));
			nbuf.set(buf);
			buf = nbuf;
		}
	};
	var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
	var tbts = sl * 8;
	do {
		if (!lm) {
			final = bits(dat, pos, 1);
			var type = bits(dat, pos + 1, 3);
			pos += 3;
			if (!type) {
				var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
				if (t > sl) {
					if (noSt) err(0);
					break;
				}
				if (resize) cbuf(bt + l);
				buf.set(dat.subarray(s, t), bt);
				st.b = bt += l, st.p = pos = t * 8, st.f = final;
				continue;
			} else if (type == 1) lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
			else if (type == 2) {
				var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
				var tl = hLit + bits(dat, pos + 5, 31) + 1;
				pos += 14;
				var ldt = new u8(tl);
				var clt = new u8(19);
				for (var i = 0; i < hcLen; ++i) clt[clim[i]] = bits(dat, pos + i * 3, 7);
				pos += hcLen * 3;
				var clb = max(clt), clbmsk = (1 << clb) - 1;
				var clm = hMap(clt, clb, 1);
				for (var i = 0; i < tl;) {
					var r = clm[bits(dat, pos, clbmsk)];
					pos += r & 15;
					var s = r >> 4;
					if (s < 16) ldt[i++] = s;
					else {
						var c = 0, n = 0;
						if (s == 16) n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i - 1];
						else if (s == 17) n = 3 + bits(dat, pos, 7), pos += 3;
						else if (s == 18) n = 11 + bits(dat, pos, 127), pos += 7;
						while (n--) ldt[i++] = c;
					}
				}
				var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
				lbt = max(lt);
				dbt = max(dt);
				lm = hMap(lt, lbt, 1);
				dm = hMap(dt, dbt, 1);
			} else err(1);
			if (pos > tbts) {
				if (noSt) err(0);
				break;
			}
		}
		if (resize) cbuf(bt + 131072);
		var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
		var lpos = pos;
		for (;; lpos = pos) {
			var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
			pos += c & 15;
			if (pos > tbts) {
				if (noSt) err(0);
				break;
			}
			if (!c) err(2);
			if (sym < 256) buf[bt++] = sym;
			else if (sym == 256) {
				lpos = pos, lm = null;
				break;
			} else {
				var add = sym - 254;
				if (sym > 264) {
					var i = sym - 257, b = fleb[i];
					add = bits(dat, pos, (1 << b) - 1) + fl[i];
					pos += b;
				}
				var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
				if (!d) err(3);
				pos += d & 15;
				var dt = fd[dsym];
				if (dsym > 3) {
					var b = fdeb[dsym];
					dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
				}
				if (pos > tbts) {
					if (noSt) err(0);
					break;
				}
				if (resize) cbuf(bt + 131072);
				var end = bt + add;
				if (bt < dt) {
					var shift = dl - dt, dend = Math.min(dt, end);
					if (shift + bt < 0) err(3);
					for (; bt < dend; ++bt) buf[bt] = dict[shift + bt];
				}
				for (; bt < end; ++bt) buf[bt] = buf[bt - dt];
			}
		}
		st.l = lm, st.p = lpos, st.b = bt, st.f = final;
		if (lm) final = 1, st.m = lbt, st.d = dm, st.n = dbt;
	} while (!final);
	return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var et = /*#__PURE__*/ new u8(0);
var mrg = function(a, b) {
	var o = {};
	for (var k in a) o[k] = a[k];
	for (var k in b) o[k] = b[k];
	return o;
};
var wcln = function(fn, fnStr, td) {
	var dt = fn();
	var st = fn.toString();
	var ks = st.slice(st.indexOf("[") + 1, st.lastIndexOf("]")).replace(/\s+/g, "").split(",");
	for (var i = 0; i < dt.length; ++i) {
		var v = dt[i], k = ks[i];
		if (typeof v == "function") {
			fnStr += ";" + k + "=";
			var st_1 = v.toString();
			if (v.prototype) {
				if (st_1.indexOf("[native code]") != -1) {
					var spInd = st_1.indexOf(" ", 8) + 1;
					fnStr += st_1.slice(spInd, st_1.indexOf("(", spInd));
				} else {
					fnStr += st_1;
					for (var t in v.prototype) fnStr += ";" + k + ".prototype." + t + "=" + v.prototype[t].toString();
				}
			} else fnStr += st_1;
		} else td[k] = v;
	}
	return fnStr;
};
var ch = [];
var cbfs = function(v) {
	var tl = [];
	for (var k in v) if (v[k].buffer) tl.push((v[k] = new v[k].constructor(v[k])).buffer);
	return tl;
};
var wrkr = function(fns, init, id, cb) {
	if (!ch[id]) {
		var fnStr = "", td_1 = {}, m = fns.length - 1;
		for (var i = 0; i < m; ++i) fnStr = wcln(fns[i], fnStr, td_1);
		ch[id] = {
			c: wcln(fns[m], fnStr, td_1),
			e: td_1
		};
	}
	var td = mrg({}, ch[id].e);
	return wk(ch[id].c + ";onmessage=function(e){for(var k in e.data)self[k]=e.data[k];onmessage=" + init.toString() + "}", id, td, cbfs(td), cb);
};
var bInflt = function() {
	return [
		u8,
		u16,
		i32,
		fleb,
		fdeb,
		clim,
		fl,
		fd,
		flrm,
		fdrm,
		rev,
		ec,
		hMap,
		max,
		bits,
		bits16,
		shft,
		slc,
		err,
		inflt,
		inflateSync,
		pbf,
		gopt
	];
};
var pbf = function(msg) {
	return postMessage(msg, [msg.buffer]);
};
var gopt = function(o) {
	return o && {
		out: o.size && new u8(o.size),
		dictionary: o.dictionary
	};
};
var cbify = function(dat, opts, fns, init, id, cb) {
	var w = wrkr(fns, init, id, function(err, dat) {
		w.terminate();
		cb(err, dat);
	});
	w.postMessage([dat, opts], opts.consume ? [dat.buffer] : []);
	return function() {
		w.terminate();
	};
};
var b2 = function(d, b) {
	return d[b] | d[b + 1] << 8;
};
var b4 = function(d, b) {
	return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var b8 = function(d, b) {
	return b4(d, b) + b4(d, b + 4) * 4294967296;
};
function inflate(data, opts, cb) {
	if (!cb) cb = opts, opts = {};
	if (typeof cb != "function") err(7);
	return cbify(data, opts, [bInflt], function(ev) {
		return pbf(inflateSync(ev.data[0], gopt(ev.data[1])));
	}, 1, cb);
}
function inflateSync(data, opts) {
	return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
var td = typeof TextDecoder != "undefined" && /*#__PURE__*/ new TextDecoder();
try {
	td.decode(et, { stream: true });
} catch (e) {}
var dutf8 = function(d) {
	for (var r = "", i = 0;;) {
		var c = d[i++];
		var eb = (c > 127) + (c > 223) + (c > 239);
		if (i + eb > d.length) return {
			s: r,
			r: slc(d, i - 1)
		};
		if (!eb) r += String.fromCharCode(c);
		else if (eb == 3) c = ((c & 15) << 18 | (d[i++] & 63) << 12 | (d[i++] & 63) << 6 | d[i++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023);
		else if (eb & 1) r += String.fromCharCode((c & 31) << 6 | d[i++] & 63);
		else r += String.fromCharCode((c & 15) << 12 | (d[i++] & 63) << 6 | d[i++] & 63);
	}
};
/**
* Converts a Uint8Array to a string
* @param dat The data to decode to string
* @param latin1 Whether or not to interpret the data as Latin-1. This should
*               not need to be true unless encoding to binary string.
* @returns The original UTF-8/Latin-1 string
*/
function strFromU8$1(dat, latin1) {
	if (latin1) {
		var r = "";
		for (var i = 0; i < dat.length; i += 16384) r += String.fromCharCode.apply(null, dat.subarray(i, i + 16384));
		return r;
	} else if (td) return td.decode(dat);
	else {
		var _a = dutf8(dat), s = _a.s, r = _a.r;
		if (r.length) err(8);
		return s;
	}
}
var slzh = function(d, b) {
	return b + 30 + b2(d, b + 26) + b2(d, b + 28);
};
var zh = function(d, b, z) {
	var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8$1(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
	var _a = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a[0], su = _a[1], off = _a[2];
	return [
		b2(d, b + 10),
		sc,
		su,
		fn,
		es + efl + b2(d, b + 32),
		off
	];
};
var z64hs = function(d, b, l, z, sc, su, off) {
	var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
	var nf = nsc + nsu + noff;
	if (z && nf) {
		for (; b + 4 < e; b += 4 + b2(d, b + 2)) if (b2(d, b) == 1) return [
			nsc ? b8(d, b + 4 + 8 * nsu) : sc,
			nsu ? b8(d, b + 4) : su,
			noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
			1
		];
		if (z < 2) err(13);
	}
	return [
		sc,
		su,
		off,
		0
	];
};
var mt = typeof queueMicrotask == "function" ? queueMicrotask : typeof setTimeout == "function" ? setTimeout : function(fn) {
	fn();
};
function unzip(data, opts, cb) {
	if (!cb) cb = opts, opts = {};
	if (typeof cb != "function") err(7);
	var term = [];
	var tAll = function() {
		for (var i = 0; i < term.length; ++i) term[i]();
	};
	var files = {};
	var cbd = function(a, b) {
		mt(function() {
			cb(a, b);
		});
	};
	mt(function() {
		cbd = cb;
	});
	var e = data.length - 22;
	for (; b4(data, e) != 101010256; --e) if (!e || data.length - e > 65558) {
		cbd(err(13, 0, 1), null);
		return tAll;
	}
	var lft = b2(data, e + 8);
	if (lft) {
		var c = lft;
		var o = b4(data, e + 16);
		var z = b4(data, e - 20) == 117853008;
		if (z) {
			var ze = b4(data, e - 12);
			z = b4(data, ze) == 101075792;
			if (z) {
				c = lft = b4(data, ze + 32);
				o = b4(data, ze + 48);
			}
		}
		var fltr = opts && opts.filter;
		var _loop_3 = function(i) {
			var _a = zh(data, o, z), c_1 = _a[0], sc = _a[1], su = _a[2], fn = _a[3], no = _a[4], off = _a[5], b = slzh(data, off);
			o = no;
			var cbl = function(e, d) {
				if (e) {
					tAll();
					cbd(e, null);
				} else {
					if (d) files[fn] = d;
					if (!--lft) cbd(null, files);
				}
			};
			if (!fltr || fltr({
				name: fn,
				size: sc,
				originalSize: su,
				compression: c_1
			})) {
				if (!c_1) cbl(null, slc(data, b, b + sc));
				else if (c_1 == 8) {
					var infl = data.subarray(b, b + sc);
					if (su < 524288 || sc > .8 * su) try {
						cbl(null, inflateSync(infl, { out: new u8(su) }));
					} catch (e) {
						cbl(e, null);
					}
					else term.push(inflate(infl, { size: su }, cbl));
				} else cbl(err(14, "unknown compression type " + c_1, 1), null);
			} else cbl(null, null);
		};
		for (var i = 0; i < c; ++i) _loop_3(i);
	} else cbd(null, {});
	return tAll;
}
// node_modules/read-excel-file/modules/zip/UnzipError.js
function _typeof$5(o) {
	"@babel/helpers - typeof";
	return _typeof$5 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o) {
		return typeof o;
	} : function(o) {
		return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o;
	}, _typeof$5(o);
}
function _defineProperties$2(target, props) {
	for (var i = 0; i < props.length; i++) {
		var descriptor = props[i];
		descriptor.enumerable = descriptor.enumerable || false;
		descriptor.configurable = true;
		if ("value" in descriptor) descriptor.writable = true;
		Object.defineProperty(target, _toPropertyKey$4(descriptor.key), descriptor);
	}
}
function _createClass$2(Constructor, protoProps, staticProps) {
	if (protoProps) _defineProperties$2(Constructor.prototype, protoProps);
	if (staticProps) _defineProperties$2(Constructor, staticProps);
	Object.defineProperty(Constructor, "prototype", { writable: false });
	return Constructor;
}
function _toPropertyKey$4(arg) {
	var key = _toPrimitive$4(arg, "string");
	return _typeof$5(key) === "symbol" ? key : String(key);
}
function _toPrimitive$4(input, hint) {
	if (_typeof$5(input) !== "object" || input === null) return input;
	var prim = input[Symbol.toPrimitive];
	if (prim !== void 0) {
		var res = prim.call(input, hint || "default");
		if (_typeof$5(res) !== "object") return res;
		throw new TypeError("@@toPrimitive must return a primitive value.");
	}
	return (hint === "string" ? String : Number)(input);
}
function _classCallCheck$2(instance, Constructor) {
	if (!(instance instanceof Constructor)) throw new TypeError("Cannot call a class as a function");
}
function _inherits$2(subClass, superClass) {
	if (typeof superClass !== "function" && superClass !== null) throw new TypeError("Super expression must either be null or a function");
	subClass.prototype = Object.create(superClass && superClass.prototype, { constructor: {
		value: subClass,
		writable: true,
		configurable: true
	} });
	Object.defineProperty(subClass, "prototype", { writable: false });
	if (superClass) _setPrototypeOf$2(subClass, superClass);
}
function _createSuper$2(Derived) {
	var hasNativeReflectConstruct = _isNativeReflectConstruct$2();
	return function _createSuperInternal() {
		var Super = _getPrototypeOf$2(Derived), result;
		if (hasNativeReflectConstruct) {
			var NewTarget = _getPrototypeOf$2(this).constructor;
			result = Reflect.construct(Super, arguments, NewTarget);
		} else result = Super.apply(this, arguments);
		return _possibleConstructorReturn$2(this, result);
	};
}
function _possibleConstructorReturn$2(self, call) {
	if (call && (_typeof$5(call) === "object" || typeof call === "function")) return call;
	else if (call !== void 0) throw new TypeError("Derived constructors may only return object or undefined");
	return _assertThisInitialized$2(self);
}
function _assertThisInitialized$2(self) {
	if (self === void 0) throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
	return self;
}
function _wrapNativeSuper$2(Class) {
	var _cache = typeof Map === "function" ? /* @__PURE__ */ new Map() : void 0;
	_wrapNativeSuper$2 = function _wrapNativeSuper(Class) {
		if (Class === null || !_isNativeFunction$2(Class)) return Class;
		if (typeof Class !== "function") throw new TypeError("Super expression must either be null or a function");
		if (typeof _cache !== "undefined") {
			if (_cache.has(Class)) return _cache.get(Class);
			_cache.set(Class, Wrapper);
		}
		function Wrapper() {
			return _construct$2(Class, arguments, _getPrototypeOf$2(this).constructor);
		}
		Wrapper.prototype = Object.create(Class.prototype, { constructor: {
			value: Wrapper,
			enumerable: false,
			writable: true,
			configurable: true
		} });
		return _setPrototypeOf$2(Wrapper, Class);
	};
	return _wrapNativeSuper$2(Class);
}
function _construct$2(Parent, args, Class) {
	if (_isNativeReflectConstruct$2()) _construct$2 = Reflect.construct.bind();
	else _construct$2 = function _construct(Parent, args, Class) {
		var a = [null];
		a.push.apply(a, args);
		var instance = new (Function.bind.apply(Parent, a))();
		if (Class) _setPrototypeOf$2(instance, Class.prototype);
		return instance;
	};
	return _construct$2.apply(null, arguments);
}
function _isNativeReflectConstruct$2() {
	if (typeof Reflect === "undefined" || !Reflect.construct) return false;
	if (Reflect.construct.sham) return false;
	if (typeof Proxy === "function") return true;
	try {
		Boolean.prototype.valueOf.call(Reflect.construct(Boolean, [], function() {}));
		return true;
	} catch (e) {
		return false;
	}
}
function _isNativeFunction$2(fn) {
	return Function.toString.call(fn).indexOf("[native code]") !== -1;
}
function _setPrototypeOf$2(o, p) {
	_setPrototypeOf$2 = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function _setPrototypeOf(o, p) {
		o.__proto__ = p;
		return o;
	};
	return _setPrototypeOf$2(o, p);
}
function _getPrototypeOf$2(o) {
	_getPrototypeOf$2 = Object.setPrototypeOf ? Object.getPrototypeOf.bind() : function _getPrototypeOf(o) {
		return o.__proto__ || Object.getPrototypeOf(o);
	};
	return _getPrototypeOf$2(o);
}
var UnzipError = /*#__PURE__*/ function(_Error) {
	_inherits$2(UnzipError, _Error);
	var _super = _createSuper$2(UnzipError);
	function UnzipError() {
		_classCallCheck$2(this, UnzipError);
		return _super.apply(this, arguments);
	}
	return _createClass$2(UnzipError);
}(/*#__PURE__*/ _wrapNativeSuper$2(Error));
function createUnzipError(error) {
	var unzipError = new UnzipError(error.message);
	if (error.stack) unzipError.stack = error.stack;
	if (Error.captureStackTrace) Error.captureStackTrace(unzipError, createUnzipError);
	unzipError.cause = error;
	return unzipError;
}
// node_modules/read-excel-file/modules/zip/unzipFromArrayBuffer.js
/**
* Reads `*.zip` file contents. Ignores anything besides `.xml` or `.xml.rels` files.
* @param  {ArrayBuffer} input
* @return {Promise<Record<string,Uint8Array>>} Resolves to an object holding `*.zip` file entries.
*/
function unzipFromArrayBuffer(input, options) {
	return unzipFromArrayBufferUsingFunction(input, options, unzipAsync, true);
}
/**
* Reads `*.zip` file contents. Ignores anything besides `.xml` or `.xml.rels` files.
* @param  {ArrayBuffer} input
* @param  {(ArrayBuffer) => Record<string, Uint8Array> | Promise<Record<string, Uint8Array>>} unzip
* @param  {boolean} isAsync — Should be `true` when `unzip()` returns a `Promise`, `false` otherwise.
* @return {Promise<Record<string,Uint8Array>> | Record<string,Uint8Array>} Resolves to an object holding `*.zip` file entries.
*/
function unzipFromArrayBufferUsingFunction(input) {
	var _filter = (arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {}).filter;
	var unzip = arguments.length > 2 ? arguments[2] : void 0;
	arguments.length > 3 && arguments[3];
	return unzip(new Uint8Array(input), { filter: function filter(file) {
		if (_filter) return _filter({ path: file.name });
		return true;
	} }).then(function(result) {
		return result;
	}, function(error) {
		if (isFlateError(error)) throw createUnzipError(error);
		else throw error;
	});
}
function unzipAsync(archive) {
	return new Promise(function(resolve, reject) {
		unzip(archive, function(error, files) {
			if (error) reject(error);
			else resolve(files);
		});
	});
}
function isFlateError(error) {
	return typeof error.code === "number";
}
// node_modules/read-excel-file/modules/xlsx/file/InvalidInputError.js
function _typeof$4(o) {
	"@babel/helpers - typeof";
	return _typeof$4 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o) {
		return typeof o;
	} : function(o) {
		return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o;
	}, _typeof$4(o);
}
function _defineProperties$1(target, props) {
	for (var i = 0; i < props.length; i++) {
		var descriptor = props[i];
		descriptor.enumerable = descriptor.enumerable || false;
		descriptor.configurable = true;
		if ("value" in descriptor) descriptor.writable = true;
		Object.defineProperty(target, _toPropertyKey$3(descriptor.key), descriptor);
	}
}
function _createClass$1(Constructor, protoProps, staticProps) {
	if (protoProps) _defineProperties$1(Constructor.prototype, protoProps);
	if (staticProps) _defineProperties$1(Constructor, staticProps);
	Object.defineProperty(Constructor, "prototype", { writable: false });
	return Constructor;
}
function _toPropertyKey$3(arg) {
	var key = _toPrimitive$3(arg, "string");
	return _typeof$4(key) === "symbol" ? key : String(key);
}
function _toPrimitive$3(input, hint) {
	if (_typeof$4(input) !== "object" || input === null) return input;
	var prim = input[Symbol.toPrimitive];
	if (prim !== void 0) {
		var res = prim.call(input, hint || "default");
		if (_typeof$4(res) !== "object") return res;
		throw new TypeError("@@toPrimitive must return a primitive value.");
	}
	return (hint === "string" ? String : Number)(input);
}
function _classCallCheck$1(instance, Constructor) {
	if (!(instance instanceof Constructor)) throw new TypeError("Cannot call a class as a function");
}
function _inherits$1(subClass, superClass) {
	if (typeof superClass !== "function" && superClass !== null) throw new TypeError("Super expression must either be null or a function");
	subClass.prototype = Object.create(superClass && superClass.prototype, { constructor: {
		value: subClass,
		writable: true,
		configurable: true
	} });
	Object.defineProperty(subClass, "prototype", { writable: false });
	if (superClass) _setPrototypeOf$1(subClass, superClass);
}
function _createSuper$1(Derived) {
	var hasNativeReflectConstruct = _isNativeReflectConstruct$1();
	return function _createSuperInternal() {
		var Super = _getPrototypeOf$1(Derived), result;
		if (hasNativeReflectConstruct) {
			var NewTarget = _getPrototypeOf$1(this).constructor;
			result = Reflect.construct(Super, arguments, NewTarget);
		} else result = Super.apply(this, arguments);
		return _possibleConstructorReturn$1(this, result);
	};
}
function _possibleConstructorReturn$1(self, call) {
	if (call && (_typeof$4(call) === "object" || typeof call === "function")) return call;
	else if (call !== void 0) throw new TypeError("Derived constructors may only return object or undefined");
	return _assertThisInitialized$1(self);
}
function _assertThisInitialized$1(self) {
	if (self === void 0) throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
	return self;
}
function _wrapNativeSuper$1(Class) {
	var _cache = typeof Map === "function" ? /* @__PURE__ */ new Map() : void 0;
	_wrapNativeSuper$1 = function _wrapNativeSuper(Class) {
		if (Class === null || !_isNativeFunction$1(Class)) return Class;
		if (typeof Class !== "function") throw new TypeError("Super expression must either be null or a function");
		if (typeof _cache !== "undefined") {
			if (_cache.has(Class)) return _cache.get(Class);
			_cache.set(Class, Wrapper);
		}
		function Wrapper() {
			return _construct$1(Class, arguments, _getPrototypeOf$1(this).constructor);
		}
		Wrapper.prototype = Object.create(Class.prototype, { constructor: {
			value: Wrapper,
			enumerable: false,
			writable: true,
			configurable: true
		} });
		return _setPrototypeOf$1(Wrapper, Class);
	};
	return _wrapNativeSuper$1(Class);
}
function _construct$1(Parent, args, Class) {
	if (_isNativeReflectConstruct$1()) _construct$1 = Reflect.construct.bind();
	else _construct$1 = function _construct(Parent, args, Class) {
		var a = [null];
		a.push.apply(a, args);
		var instance = new (Function.bind.apply(Parent, a))();
		if (Class) _setPrototypeOf$1(instance, Class.prototype);
		return instance;
	};
	return _construct$1.apply(null, arguments);
}
function _isNativeReflectConstruct$1() {
	if (typeof Reflect === "undefined" || !Reflect.construct) return false;
	if (Reflect.construct.sham) return false;
	if (typeof Proxy === "function") return true;
	try {
		Boolean.prototype.valueOf.call(Reflect.construct(Boolean, [], function() {}));
		return true;
	} catch (e) {
		return false;
	}
}
function _isNativeFunction$1(fn) {
	return Function.toString.call(fn).indexOf("[native code]") !== -1;
}
function _setPrototypeOf$1(o, p) {
	_setPrototypeOf$1 = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function _setPrototypeOf(o, p) {
		o.__proto__ = p;
		return o;
	};
	return _setPrototypeOf$1(o, p);
}
function _getPrototypeOf$1(o) {
	_getPrototypeOf$1 = Object.setPrototypeOf ? Object.getPrototypeOf.bind() : function _getPrototypeOf(o) {
		return o.__proto__ || Object.getPrototypeOf(o);
	};
	return _getPrototypeOf$1(o);
}
var MESSAGES = {
	XLS_FILE_NOT_SUPPORTED: "You passed a legacy `.xls` file. Only `.xlsx` files are supported",
	FILE_NOT_SUPPORTED: "Doesn't look like an `.xlsx` file",
	INVALID_ZIP: "Couldn't unzip `.xlsx` file contents",
	NO_DATA: "No data"
};
var InvalidInputError = /*#__PURE__*/ function(_Error) {
	_inherits$1(InvalidInputError, _Error);
	var _super = _createSuper$1(InvalidInputError);
	/**
	* Creates an `InvalidInputError` instance.
	* @param {string} code
	* @param {any} [cause]
	*/
	function InvalidInputError(code, cause) {
		var _this;
		_classCallCheck$1(this, InvalidInputError);
		_this = _super.call(this, MESSAGES[code] || code);
		_this.code = code;
		_this.name = "InvalidInputError";
		_this.cause = cause;
		return _this;
	}
	return _createClass$1(InvalidInputError);
}(/*#__PURE__*/ _wrapNativeSuper$1(Error));
// node_modules/read-excel-file/modules/export/filterZipArchiveEntry.js
function filterZipArchiveEntry(_ref) {
	var path = _ref.path;
	return path.endsWith(".xml") || path.endsWith(".xml.rels");
}
// node_modules/read-excel-file/modules/xlsx/file/createFileTypeDetector.js
var ZIP_FILE_SIGNATURE = [80, 75];
var XLS_FILE_SIGNATURE = [
	208,
	207,
	17,
	224
];
var FILE_TYPE_SIGNATURES = [ZIP_FILE_SIGNATURE, XLS_FILE_SIGNATURE];
FILE_TYPE_SIGNATURES.indexOf(ZIP_FILE_SIGNATURE);
var XLS_FILE_TYPE = FILE_TYPE_SIGNATURES.indexOf(XLS_FILE_SIGNATURE);
/**
* Creates a function get determines a file type based on the leading bytes.
* @return {function} A function that receives a `byte` (an element of a `Uint8Array`) and returns a `type: number?` — an index in the file types "enum", or `-1` if it doesn't match any file type, or `undefined` if it's still deciding on the file type.
* @throws {InvalidInputError}
*/
function createFileTypeDetector() {
	var type;
	var possibleTypes = indexesOf(FILE_TYPE_SIGNATURES);
	var i = 0;
	return function(_byte) {
		if (isNaN(type)) {
			var t;
			possibleTypes = possibleTypes.filter(function(typeIndex) {
				if (_byte === FILE_TYPE_SIGNATURES[typeIndex][i]) {
					if (FILE_TYPE_SIGNATURES[typeIndex].length === i + 1) t = typeIndex;
					return true;
				}
			});
			if (possibleTypes.length === 1) type = t;
			else if (possibleTypes.length === 0) type = -1;
		}
		i++;
		return type;
	};
}
function indexesOf(array) {
	var indexes = [];
	var i = 0;
	while (i < array.length) {
		indexes.push(i);
		i++;
	}
	return indexes;
}
// node_modules/read-excel-file/modules/xlsx/file/validateLeadingBytes.js
function _createForOfIteratorHelperLoose$2(o, allowArrayLike) {
	var it = typeof Symbol !== "undefined" && o[Symbol.iterator] || o["@@iterator"];
	if (it) return (it = it.call(o)).next.bind(it);
	if (Array.isArray(o) || (it = _unsupportedIterableToArray$3(o)) || allowArrayLike && o && typeof o.length === "number") {
		if (it) o = it;
		var i = 0;
		return function() {
			if (i >= o.length) return { done: true };
			return {
				done: false,
				value: o[i++]
			};
		};
	}
	throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray$3(o, minLen) {
	if (!o) return;
	if (typeof o === "string") return _arrayLikeToArray$3(o, minLen);
	var n = Object.prototype.toString.call(o).slice(8, -1);
	if (n === "Object" && o.constructor) n = o.constructor.name;
	if (n === "Map" || n === "Set") return Array.from(o);
	if (n === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)) return _arrayLikeToArray$3(o, minLen);
}
function _arrayLikeToArray$3(arr, len) {
	if (len == null || len > arr.length) len = arr.length;
	for (var i = 0, arr2 = new Array(len); i < len; i++) arr2[i] = arr[i];
	return arr2;
}
function validateLeadingBytes(bytes) {
	var fileTypeDetector = createFileTypeDetector();
	for (var _iterator = _createForOfIteratorHelperLoose$2(bytes), _step; !(_step = _iterator()).done;) {
		var _byte = _step.value;
		if (validateByte(_byte, fileTypeDetector)) return;
	}
	noFileTypeCouldBeDetermined(bytes.length);
}
function validateByte(_byte2, fileTypeDetector) {
	var fileType = fileTypeDetector(_byte2);
	if (fileType !== void 0) {
		if (fileType === XLS_FILE_TYPE) throw new InvalidInputError("XLS_FILE_NOT_SUPPORTED");
		if (fileType < 0) throw new InvalidInputError("FILE_NOT_SUPPORTED");
		return true;
	}
}
function noFileTypeCouldBeDetermined(byteCount) {
	throw new InvalidInputError(byteCount === 0 ? "NO_DATA" : "FILE_NOT_SUPPORTED");
}
// node_modules/read-excel-file/modules/utility/checkpoint.js
var latestCheckpointTimestamp;
function checkpoint(name) {
	var now = Date.now();
	if (typeof global !== "undefined" ? Boolean(global.READ_EXCEL_FILE_CHECKPOINTS) : typeof window !== "undefined" ? Boolean(window.READ_EXCEL_FILE_CHECKPOINTS) : false) {
		if (latestCheckpointTimestamp) console.log("  -", now - latestCheckpointTimestamp, "ms");
		console.log("*", name);
	}
	latestCheckpointTimestamp = now;
}
function resetCheckpoint() {
	latestCheckpointTimestamp = void 0;
}
// node_modules/read-excel-file/modules/export/unpackXlsxFileUniversal.js
/**
* Unpacks `*.xlsx` file contents.
* An `.xlsx` file is really just a `.zip` archive with `.xml` files inside.
* @param  {(Blob|ArrayBuffer)} input
* @return {Promise<Record<string,Uint8Array>} Resolves to an object holding `*.xlsx` file entries.
*/
function unpackXlsxFile(input) {
	resetCheckpoint();
	checkpoint("unpack files");
	return getArrayBuffer(input).then(function(arrayBuffer) {
		validateLeadingBytes(new Uint8Array(arrayBuffer));
		return unzipFromArrayBuffer(arrayBuffer, { filter: filterZipArchiveEntry }).then(function(result) {
			return result;
		}, function(error) {
			if (error instanceof UnzipError) throw new InvalidInputError("INVALID_ZIP", error.cause);
			else throw error;
		});
	});
}
function getArrayBuffer(input) {
	if (input instanceof Blob) return input.arrayBuffer();
	if (input instanceof ArrayBuffer) return Promise.resolve(input);
	throw new InvalidInputError("INPUT_TYPE_NOT_SUPPORTED");
}
// node_modules/read-excel-file/modules/xlsx/unescapeXlsxString.js
/**
* Decodes the `_xHHHH_` escape sequences of the `ST_Xstring` ("Escaped String") type
* (ECMA-376 Part 1, §22.9.2.19), which is used in `.xlsx` files to encode characters
* that're considered illegal in the XML 1.0 specification.
*
* One might ask: "For those characters, why not simply use XML's own escaping mechanism?".
* I.e. why not simply encode illegal characters as "&#xHHHH;"? The answer is: the XML 1.0 specification
* doesn't allow using the entire range `0000`...`HHHH` when escaping characters via "&#xHHHH;".
* Specifically, it doesn't allow "control characters" such as "carriage return" or "backspace"
* be encoded that way. For example, "&#x0008;" character sequence (backspace) is illegal in XML 1.0.
* Later, XML 1.1 fixed this by allowing any character sequence except for "&#x0000;". But despite
* the specification change, XML 1.1 is rarely supported by modern parsers, browsers, and web services.
* Relying on it usually breaks interoperability, and the XLSX specification is based on XML 1.0 anyway.
*
* So in XLSX specification, illegal XML characters are written as `_x` + 4 hexadecimal digits + `_`.
* And when there's a legitimate subtring "_xHHHH_" that shouldn't be confused with an escaped character,
* it is written as `_x005F_xHHHH_`, i.e. with its leading "_" character escaped, and the rest characters
* left untouched.
*
* When decoding an "_xHHHH_" substrings in a string, matches are replaced left to right and don't overlap,
* so `_x005F_x0041_` is decoded as "_x0041_" and not as "_A".
*
* @param {string} string
* @returns {string}
*/
function unescapeXlsxString(string) {
	if (string.indexOf("_x") < 0) return string;
	return string.replace(/_x([0-9A-Fa-f]{4})_/g, function(_, hex) {
		return String.fromCharCode(parseInt(hex, 16));
	});
}
// node_modules/read-excel-file/modules/xlsx/parseSpreadsheetInfo.js
/**
* Parses spreadsheet info.
* @param {string} content
* @param  {function} parseXml — SAX XML parser.
* @returns {object} An object of shape `{ epoch1904: boolean, sheets: Sheet[] }`.
*/
function parseSpreadsheetInfo(content, parseXml) {
	var state = createInitialState();
	return parseXml(content, state, onOpenTag, null, null).then(function() {
		return getResultFromState(state);
	});
	function createInitialState() {
		return {
			workbookPr: void 0,
			sheets: []
		};
	}
	function getResultFromState(state) {
		return {
			epoch1904: state.workbookPr ? state.workbookPr.epoch1904 : false,
			sheets: state.sheets
		};
	}
	function onOpenTag(tagName, attributes, state) {
		if (tagName === "workbookPr") {
			if (!state.workbookPr) state.workbookPr = { epoch1904: attributes.date1904 === "1" };
		} else if (tagName === "sheet") {
			if (attributes.name) state.sheets.push({
				id: Number(attributes.sheetId),
				name: unescapeXlsxString(attributes.name),
				relationId: attributes.id
			});
		}
	}
}
// node_modules/read-excel-file/modules/xlsx/parseFilePaths.js
/**
* Returns sheet file paths.
* Seems that the correct place to look for the `sheetId` -> `filename` mapping
* is `xl/_rels/workbook.xml.rels` file.
* https://github.com/tidyverse/readxl/issues/104
* @param  {string} content — `xl/_rels/workbook.xml.rels` file contents.
* @param  {function} parseXml — SAX XML parser.
* @return {object} — An object of shape `{ sheets: Record<string, string>, sharedStrings: string?, styles: string? }`
*/
function parseFilePaths(content, parseXml) {
	var RELATIONSHIPS_BASE_URL_TRANSITIONAL_STANDARD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
	var RELATIONSHIPS_BASE_URL_STRICT_STANDARD = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
	var state = createInitialState();
	return parseXml(content, state, onOpenTag, null, null).then(function() {
		return getResultFromState(state);
	});
	function createInitialState() {
		return {
			sheets: {},
			sharedStrings: void 0,
			styles: void 0
		};
	}
	function getResultFromState(state) {
		return state;
	}
	function onOpenTag(tagName, attributes, state) {
		if (tagName === "Relationship") addFilePathForRelation(state, attributes.Id, attributes.Type, attributes.Target);
	}
	function addFilePathForRelation(state, id, type, target) {
		switch (type) {
			case RELATIONSHIPS_BASE_URL_TRANSITIONAL_STANDARD + "styles":
			case RELATIONSHIPS_BASE_URL_STRICT_STANDARD + "styles":
				state.styles = getFilePathFromRelationTarget(target);
				break;
			case RELATIONSHIPS_BASE_URL_TRANSITIONAL_STANDARD + "sharedStrings":
			case RELATIONSHIPS_BASE_URL_STRICT_STANDARD + "sharedStrings":
				state.sharedStrings = getFilePathFromRelationTarget(target);
				break;
			case RELATIONSHIPS_BASE_URL_TRANSITIONAL_STANDARD + "worksheet":
			case RELATIONSHIPS_BASE_URL_STRICT_STANDARD + "worksheet": state.sheets[id] = getFilePathFromRelationTarget(target);
		}
	}
	function getFilePathFromRelationTarget(path) {
		if (path[0] === "/") return path.slice(1);
		return "xl/" + path;
	}
}
// node_modules/read-excel-file/modules/xlsx/parseStyles.js
function _typeof$3(o) {
	"@babel/helpers - typeof";
	return _typeof$3 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o) {
		return typeof o;
	} : function(o) {
		return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o;
	}, _typeof$3(o);
}
var _excluded = ["xfId"];
function ownKeys$1(e, r) {
	var t = Object.keys(e);
	if (Object.getOwnPropertySymbols) {
		var o = Object.getOwnPropertySymbols(e);
		r && (o = o.filter(function(r) {
			return Object.getOwnPropertyDescriptor(e, r).enumerable;
		})), t.push.apply(t, o);
	}
	return t;
}
function _objectSpread$1(e) {
	for (var r = 1; r < arguments.length; r++) {
		var t = null != arguments[r] ? arguments[r] : {};
		r % 2 ? ownKeys$1(Object(t), !0).forEach(function(r) {
			_defineProperty$1(e, r, t[r]);
		}) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys$1(Object(t)).forEach(function(r) {
			Object.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r));
		});
	}
	return e;
}
function _defineProperty$1(obj, key, value) {
	key = _toPropertyKey$2(key);
	if (key in obj) Object.defineProperty(obj, key, {
		value,
		enumerable: true,
		configurable: true,
		writable: true
	});
	else obj[key] = value;
	return obj;
}
function _toPropertyKey$2(arg) {
	var key = _toPrimitive$2(arg, "string");
	return _typeof$3(key) === "symbol" ? key : String(key);
}
function _toPrimitive$2(input, hint) {
	if (_typeof$3(input) !== "object" || input === null) return input;
	var prim = input[Symbol.toPrimitive];
	if (prim !== void 0) {
		var res = prim.call(input, hint || "default");
		if (_typeof$3(res) !== "object") return res;
		throw new TypeError("@@toPrimitive must return a primitive value.");
	}
	return (hint === "string" ? String : Number)(input);
}
function _objectWithoutProperties(source, excluded) {
	if (source == null) return {};
	var target = _objectWithoutPropertiesLoose(source, excluded);
	var key, i;
	if (Object.getOwnPropertySymbols) {
		var sourceSymbolKeys = Object.getOwnPropertySymbols(source);
		for (i = 0; i < sourceSymbolKeys.length; i++) {
			key = sourceSymbolKeys[i];
			if (excluded.indexOf(key) >= 0) continue;
			if (!Object.prototype.propertyIsEnumerable.call(source, key)) continue;
			target[key] = source[key];
		}
	}
	return target;
}
function _objectWithoutPropertiesLoose(source, excluded) {
	if (source == null) return {};
	var target = {};
	var sourceKeys = Object.keys(source);
	var key, i = 0;
	for (; i < sourceKeys.length; i++) {
		key = sourceKeys[i];
		if (excluded.indexOf(key) >= 0) continue;
		target[key] = source[key];
	}
	return target;
}
/**
* Parses `.xlsx` file styles.
* http://officeopenxml.com/SSstyles.php
* Returns an array of cell styles.
* A cell style index is the cell style ID.
* @param {string} content
* @param  {function} parseXml — SAX XML parser.
* @returns {object} styles
*/
function parseStyles(content, parseXml) {
	var state = createInitialState();
	return parseXml(content, state, onOpenTag, onCloseTag, null).then(function() {
		return getResultFromState(state);
	});
	function createInitialState() {
		return {
			numberFormats: [],
			baseStyles: [],
			styles: [],
			cellStyleXfs: false,
			cellXfs: false
		};
	}
	function getResultFromState(state) {
		return state.styles.map(function(style) {
			if (style.xfId) {
				var xfId = style.xfId, styleProperties = _objectWithoutProperties(style, _excluded);
				return _objectSpread$1(_objectSpread$1({}, state.baseStyles[xfId]), styleProperties);
			} else return style;
		});
	}
	function onOpenTag(tagName, attributes, state) {
		if (tagName === "numFmt") {
			var numFmtId = Number(attributes.numFmtId);
			var numberFormat = { id: numFmtId };
			if (numFmtId >= 100) numberFormat.template = attributes.formatCode;
			state.numberFormats[numFmtId] = numberFormat;
		} else if (tagName === "cellStyleXfs") state.cellStyleXfs = true;
		else if (tagName === "cellXfs") state.cellXfs = true;
		else if (tagName === "xf") {
			if (state.cellStyleXfs) state.baseStyles.push(parseCellStyle(attributes));
			else if (state.cellXfs) {
				var style = parseCellStyle(attributes, state.numberFormats);
				if (attributes.xfId) style.xfId = Number(attributes.xfId);
				state.styles.push(style);
			}
		}
	}
	function onCloseTag(tagName, state) {
		if (tagName === "cellStyleXfs") state.cellStyleXfs = false;
		else if (tagName === "cellXfs") state.cellXfs = false;
	}
	function parseCellStyle(attributes, numberFormats) {
		var style = {};
		if (attributes.numFmtId) {
			var numFmtId = Number(attributes.numFmtId);
			if (numberFormats && numberFormats[numFmtId]) style.numberFormat = numberFormats[numFmtId];
			else style.numberFormat = { id: numFmtId };
		}
		return style;
	}
}
// node_modules/read-excel-file/modules/xlsx/parseSharedStrings.js
/**
* Parses `sharedStrings.xml` file.
* @param {string} content
* @param {function} parseXml — SAX XML parser.
* @returns {Promise<string[]>}
*/
function parseSharedStrings(content, parseXml) {
	var state = createInitialState();
	return parseXml(content, state, onOpenTag, onCloseTag, onText).then(function() {
		return getResultFromState(state);
	});
	function createInitialState() {
		return {
			si: void 0,
			strings: []
		};
	}
	function getResultFromState(state) {
		return state.strings;
	}
	function onOpenTag(tagName, attributes, state) {
		if (tagName === "si") state.si = createInitialStateInSharedString();
		else if (state.si) onOpenTagInSharedString(tagName, attributes, state.si);
	}
	function onCloseTag(tagName, state) {
		if (tagName === "si") {
			state.strings.push(unescapeXlsxString(state.si.string));
			state.si = void 0;
		} else if (state.si) onCloseTagInSharedString(tagName, state.si);
	}
	function onText(text, state) {
		if (state.si) onTextInSharedString(text, state.si);
	}
	function createInitialStateInSharedString() {
		return {
			t: false,
			r: false,
			rPh: false,
			string: ""
		};
	}
	function onOpenTagInSharedString(tagName, attributes, state) {
		if (tagName === "t") state.t = true;
		else if (tagName === "r") state.r = true;
		else if (tagName === "rPh") state.rPh = true;
	}
	function onCloseTagInSharedString(tagName, state) {
		if (tagName === "t") state.t = false;
		else if (tagName === "r") state.r = false;
		else if (tagName === "rPh") state.rPh = false;
	}
	function onTextInSharedString(text, state) {
		if (state.rPh) {} else if (state.t) {
			if (state.r) state.string += text;
			else state.string = text;
		}
	}
}
// node_modules/read-excel-file/modules/xlsx/parseExcelTimestamp.js
function parseExcelTimestamp(excelSerialDate, epoch1904) {
	var NUMBER_OF_LEAP_YEARS_BETWEEN_1900_AND_1970 = 17;
	var JANUARY_0TH_1900_DAY = 1;
	var ERRONEOUS_FEBRUARY_29_1990_DAY = 1;
	var DAY = 864e5;
	var DAYS_IN_YEAR = 365;
	if (epoch1904) excelSerialDate += 4 * DAYS_IN_YEAR + JANUARY_0TH_1900_DAY + ERRONEOUS_FEBRUARY_29_1990_DAY;
	var daysBeforeUnixEpoch = JANUARY_0TH_1900_DAY + ERRONEOUS_FEBRUARY_29_1990_DAY + 70 * DAYS_IN_YEAR + NUMBER_OF_LEAP_YEARS_BETWEEN_1900_AND_1970;
	return Math.floor((excelSerialDate - daysBeforeUnixEpoch) * DAY);
}
// node_modules/read-excel-file/modules/xlsx/isDateFormat.js
var DATE_FORMAT_POSTFIX_THAT_ALLOWS_ANY_ARBITRARY_TEXT_INPUT = /;@$/;
var DATE_FORMAT_TOKEN_SPLITTER_REG_EXP = /[^a-z0#\?%]+/;
/**
* XLSX standard does have "d" type for dates, but it's not commonly used.
* Instead, `.xlsx` files use "n" type for storing both numbers and dates (as timestamps).
* So how does one tell if a cell value should be interpreted as a number or as a date?
* The answer is in the "format" that is used to "format" the cell value: if it's
* date-specific then it's a date, otherwise it's a number.
* This function tells if a given number format template represents a date rather than a number.
* @param {number} formatId
* @param {string} template
* @param {boolean?[]} dateFormatDetectionCache
* @returns {boolean}
*/
function isDateFormat(formatId, template, dateFormatDetectionCache) {
	var cachedResult = dateFormatDetectionCache[formatId];
	if (cachedResult === void 0) return dateFormatDetectionCache[formatId] = isDateFormatTemplate(template);
	return cachedResult;
}
/**
* XLSX standard does have "d" type for dates, but it's not commonly used.
* Instead, `.xlsx` files use "n" type for storing both numbers and dates (as timestamps).
* So how does one tell if a cell value should be interpreted as a number or as a date?
* The answer is in the "format" that is used to "format" the cell value: if it's
* date-specific then it's a date, otherwise it's a number.
* This function tells if a given number format template represents a date rather than a number.
* @param {string} numberFormat
* @returns {boolean}
*/
function isDateFormatTemplate(template) {
	template = template.toLowerCase();
	template = template.replace(DATE_FORMAT_POSTFIX_THAT_ALLOWS_ANY_ARBITRARY_TEXT_INPUT, "");
	template = template.replace(/\\./g, " ");
	return template.split(";").some(isDateFormatSubTemplate);
	/**
	* Tells if a given format template formats a date.
	* @param {string} template
	* @returns {boolean}
	*/
	function isDateFormatSubTemplate(template) {
		template = template.replace(/"[^"]*"/g, " ");
		template = template.replace(/(\[?[smhd]{1,2}\]?)[\.\,]00?0?/g, "$1");
		template = template.replace(/\[([smhd]{1,2})\]/g, "$1");
		template = template.replace(/\[[^\]]*\]/g, "");
		var tokens = template.split(DATE_FORMAT_TOKEN_SPLITTER_REG_EXP).filter(function(_) {
			return _;
		});
		return tokens.length === 0 ? false : tokens.every(function(token) {
			return DATE_FORMAT_TEMPLATE_TOKENS.indexOf(token) >= 0;
		});
	}
}
var DATE_FORMAT_TEMPLATE_TOKENS = [
	"s",
	"ss",
	"m",
	"mm",
	"h",
	"hh",
	"am",
	"pm",
	"a",
	"p",
	"d",
	"dd",
	"ddd",
	"dddd",
	"aaa",
	"aaaa",
	"aaaaa",
	"m",
	"mm",
	"mmm",
	"mmmm",
	"mmmmm",
	"y",
	"yy",
	"yyyy",
	"e",
	"ee",
	"eeee"
];
// node_modules/read-excel-file/modules/xlsx/isDateFormatStyle.js
function isDateFormatStyle(style, defaultDateFormat, shouldGuessDateFormatFromNumberFormatTemplate, dateFormatDetectionCache) {
	if (!style.numberFormat) return false;
	if (BUILT_IN_DATE_FORMAT_IDS.indexOf(style.numberFormat.id) >= 0 || defaultDateFormat && style.numberFormat.template === defaultDateFormat || shouldGuessDateFormatFromNumberFormatTemplate && style.numberFormat.template && isDateFormat(style.numberFormat.id, style.numberFormat.template, dateFormatDetectionCache)) return true;
	return false;
}
var LOCALE_INDEPENDENT_BUILT_IN_DATE_FORMAT_IDS = [
	14,
	15,
	16,
	17,
	18,
	19,
	20,
	21,
	22,
	45,
	46,
	47
];
var MAINLAND_CHINESE_OR_TAIWANESE_LOCALE_BUILT_IN_DATE_FORMAT_IDS = [
	27,
	28,
	29,
	30,
	31,
	32,
	33,
	34,
	35,
	36,
	50,
	51,
	52,
	53,
	54,
	55,
	56,
	57,
	58
];
var JAPANESE_OR_KOREAN_LOCALE_BUILT_IN_DATE_FORMAT_IDS = [
	27,
	28,
	29,
	30,
	31,
	32,
	33,
	34,
	35,
	36,
	50,
	51,
	52,
	53,
	54,
	55,
	56,
	57,
	58
];
var BUILT_IN_DATE_FORMAT_IDS = LOCALE_INDEPENDENT_BUILT_IN_DATE_FORMAT_IDS.concat(MAINLAND_CHINESE_OR_TAIWANESE_LOCALE_BUILT_IN_DATE_FORMAT_IDS).concat(JAPANESE_OR_KOREAN_LOCALE_BUILT_IN_DATE_FORMAT_IDS.filter(function(numberFormatId) {
	return MAINLAND_CHINESE_OR_TAIWANESE_LOCALE_BUILT_IN_DATE_FORMAT_IDS.indexOf(numberFormatId) < 0;
})).concat([
	71,
	72,
	73,
	74,
	75,
	76,
	77,
	78,
	79,
	80,
	81
].filter(function(numberFormatId) {
	return MAINLAND_CHINESE_OR_TAIWANESE_LOCALE_BUILT_IN_DATE_FORMAT_IDS.indexOf(numberFormatId) < 0;
}).filter(function(numberFormatId) {
	return JAPANESE_OR_KOREAN_LOCALE_BUILT_IN_DATE_FORMAT_IDS.indexOf(numberFormatId) < 0;
}));
// node_modules/read-excel-file/modules/xlsx/parseCell.js
function _slicedToArray$1(arr, i) {
	return _arrayWithHoles$1(arr) || _iterableToArrayLimit$1(arr, i) || _unsupportedIterableToArray$2(arr, i) || _nonIterableRest$1();
}
function _nonIterableRest$1() {
	throw new TypeError("Invalid attempt to destructure non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray$2(o, minLen) {
	if (!o) return;
	if (typeof o === "string") return _arrayLikeToArray$2(o, minLen);
	var n = Object.prototype.toString.call(o).slice(8, -1);
	if (n === "Object" && o.constructor) n = o.constructor.name;
	if (n === "Map" || n === "Set") return Array.from(o);
	if (n === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)) return _arrayLikeToArray$2(o, minLen);
}
function _arrayLikeToArray$2(arr, len) {
	if (len == null || len > arr.length) len = arr.length;
	for (var i = 0, arr2 = new Array(len); i < len; i++) arr2[i] = arr[i];
	return arr2;
}
function _iterableToArrayLimit$1(r, l) {
	var t = null == r ? null : "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
	if (null != t) {
		var e, n, i, u, a = [], f = !0, o = !1;
		try {
			if (i = (t = t.call(r)).next, 0 === l) {
				if (Object(t) !== t) return;
				f = !1;
			} else for (; !(f = (e = i.call(t)).done) && (a.push(e.value), a.length !== l); f = !0);
		} catch (r) {
			o = !0, n = r;
		} finally {
			try {
				if (!f && null != t["return"] && (u = t["return"](), Object(u) !== u)) return;
			} finally {
				if (o) throw n;
			}
		}
		return a;
	}
}
function _arrayWithHoles$1(arr) {
	if (Array.isArray(arr)) return arr;
}
var EMPTY_CELL = [null, null];
/**
* Parses a cell from the info extracted from XML.
* @param {string} [t] — `<c t/>` attribute value (cell type). One of: b (Boolean), e (Error), n (Number), d (Date), s (String).
* @param {string} [s] — `<c s/>` attribute value (formatting style ID). When present, should be a stringified zero-based index of the formatting style for a numberic cell.
* @param {string} [v] — `<v/>` element text content (value). Will be `undefined` if the `<v/>` element absent. Will be an empty string `""` if the `<v/>` element is present but is empty.
* @param {string} [inlineString] — Inline string value.
* @param {any[]} parameters
* @returns {[string|null,string|number|boolean|null] | string} Either `[type, value]` or `error`, where `value` is the cell value, `type` depends on the type of `value` and could be one of: 's' (string), 'b' (boolean), 'n' (number string), 'd' (date timestamp), 'e' (formula cell error), `null` (null); `error` is an error message: `VALUE_MISSING`, `VALUE_INVALID`, `FORMAT_INVALID`, `TYPE_INVALID`.
*/
function parseCell(t, s, v, inlineString, _ref) {
	var _ref2 = _slicedToArray$1(_ref, 7), sharedStrings = _ref2[0], styles = _ref2[1], epoch1904 = _ref2[2], dateFormatDetectionCache = _ref2[3], defaultDateFormat = _ref2[4], dateTemplateParser = _ref2[5], parseNumberCustom = _ref2[6];
	switch (t || "n") {
		case "str":
			if (v === void 0) return "VALUE_MISSING";
			if (!v) return EMPTY_CELL;
			return ["s", v];
		case "inlineStr":
			if (inlineString === void 0) return "VALUE_MISSING";
			return ["s", inlineString];
		case "s":
			if (!v) return "VALUE_MISSING";
			var sharedStringIndex = Number(v);
			if (isNaN(sharedStringIndex) || sharedStrings[sharedStringIndex] === void 0) return "VALUE_INVALID";
			return ["s", sharedStrings[sharedStringIndex]];
		case "b":
			if (!v) return "VALUE_MISSING";
			if (v === "1") return ["b", true];
			if (v === "0") return ["b", false];
			return "VALUE_INVALID";
		case "e":
			if (!v) return "VALUE_MISSING";
			return ["e", v];
		case "d":
			if (!v) return EMPTY_CELL;
			var parsedDate = new Date(v);
			if (isNaN(parsedDate.valueOf())) return "VALUE_INVALID";
			return ["d", parsedDate.getTime()];
		case "n":
			if (!v) return EMPTY_CELL;
			if (s) {
				var styleId = Number(s);
				if (isNaN(styleId) || styles[styleId] === void 0) return "FORMAT_INVALID";
				if (isDateFormatStyle(styles[styleId], defaultDateFormat, dateTemplateParser, dateFormatDetectionCache)) {
					var timestamp = Number(v);
					if (isNaN(timestamp)) return "VALUE_INVALID";
					return ["d", parseExcelTimestamp(timestamp, epoch1904)];
				}
			}
			if (parseNumberCustom) return ["n", v];
			var number = Number(v);
			if (isNaN(number)) return "VALUE_INVALID";
			return ["n", number];
		default: return "TYPE_INVALID";
	}
}
// node_modules/read-excel-file/modules/xlsx/parseCellAddress.js
/**
* Parses cell address into a row number and a column number.
* Examples: "A1" → [1,1], "B2" → [2,2], "AA2091" → [2091, 27], "R988" → [988, 18].
* @param {string} cellAddress
* @returns {number[]} Returns `[rowNumber, columnNumber]`
*/
function parseCellAddress(cellAddress) {
	var columnNumber = 0;
	var i = 0;
	while (i < cellAddress.length) {
		var charCode = cellAddress.charCodeAt(i);
		if (charCode >= 48 && charCode <= 57) {
			var rowNumber = Number(cellAddress.slice(i));
			if (isNaN(rowNumber)) invalidCellAddress(cellAddress);
			return [rowNumber, columnNumber];
		}
		columnNumber *= 26;
		columnNumber += cellAddress.charCodeAt(i) - 64;
		i++;
	}
	invalidCellAddress(cellAddress);
}
function invalidCellAddress(cellAddress) {
	throw new Error("<c r=\"".concat(cellAddress, "\">"));
}
// node_modules/read-excel-file/modules/xlsx/parseSheet.js
function _slicedToArray(arr, i) {
	return _arrayWithHoles(arr) || _iterableToArrayLimit(arr, i) || _unsupportedIterableToArray$1(arr, i) || _nonIterableRest();
}
function _nonIterableRest() {
	throw new TypeError("Invalid attempt to destructure non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _iterableToArrayLimit(r, l) {
	var t = null == r ? null : "undefined" != typeof Symbol && r[Symbol.iterator] || r["@@iterator"];
	if (null != t) {
		var e, n, i, u, a = [], f = !0, o = !1;
		try {
			if (i = (t = t.call(r)).next, 0 === l) {
				if (Object(t) !== t) return;
				f = !1;
			} else for (; !(f = (e = i.call(t)).done) && (a.push(e.value), a.length !== l); f = !0);
		} catch (r) {
			o = !0, n = r;
		} finally {
			try {
				if (!f && null != t["return"] && (u = t["return"](), Object(u) !== u)) return;
			} finally {
				if (o) throw n;
			}
		}
		return a;
	}
}
function _arrayWithHoles(arr) {
	if (Array.isArray(arr)) return arr;
}
function _createForOfIteratorHelperLoose$1(o, allowArrayLike) {
	var it = typeof Symbol !== "undefined" && o[Symbol.iterator] || o["@@iterator"];
	if (it) return (it = it.call(o)).next.bind(it);
	if (Array.isArray(o) || (it = _unsupportedIterableToArray$1(o)) || allowArrayLike && o && typeof o.length === "number") {
		if (it) o = it;
		var i = 0;
		return function() {
			if (i >= o.length) return { done: true };
			return {
				done: false,
				value: o[i++]
			};
		};
	}
	throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray$1(o, minLen) {
	if (!o) return;
	if (typeof o === "string") return _arrayLikeToArray$1(o, minLen);
	var n = Object.prototype.toString.call(o).slice(8, -1);
	if (n === "Object" && o.constructor) n = o.constructor.name;
	if (n === "Map" || n === "Set") return Array.from(o);
	if (n === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)) return _arrayLikeToArray$1(o, minLen);
}
function _arrayLikeToArray$1(arr, len) {
	if (len == null || len > arr.length) len = arr.length;
	for (var i = 0, arr2 = new Array(len); i < len; i++) arr2[i] = arr[i];
	return arr2;
}
var EMPTY_CELL_VALUE = null;
/**
* Parses a `sheet.xml` file.
* @param {string} content
* @param {function} parseXml — SAX XML parser.
* @param {object} options
* @returns {Promise<SheetData>}
*/
function parseSheet(content, parseXml, _ref) {
	var sharedStrings = _ref.sharedStrings, styles = _ref.styles, epoch1904 = _ref.epoch1904, dateFormatDetectionCache = _ref.dateFormatDetectionCache, options = _ref.options;
	var parseCellParameters = [
		sharedStrings,
		styles,
		epoch1904,
		dateFormatDetectionCache,
		options.dateFormat,
		options.smartDateParser !== false,
		options.parseNumber
	];
	var rows = [];
	var errors = [];
	var state = createInitialState();
	return parseXml(content, state, onOpenTag, onCloseTag, onText, onProgress).then(function() {
		var _state$sheetData = state.sheetData, rowCount = _state$sheetData.rowCount, columnCount = _state$sheetData.columnCount, dataRowCount = _state$sheetData.dataRowCount, dataColumnCount = _state$sheetData.dataColumnCount;
		if (dataRowCount < rowCount) rows = rows.slice(0, dataRowCount);
		if (dataColumnCount < columnCount) {
			var i = 0;
			while (i < rows.length) {
				if (rows[i].length > dataColumnCount) rows[i] = rows[i].slice(0, dataColumnCount);
				i++;
			}
		}
		for (var _iterator = _createForOfIteratorHelperLoose$1(rows), _step; !(_step = _iterator()).done;) {
			var row = _step.value;
			while (row.length < dataColumnCount) row.push(EMPTY_CELL_VALUE);
		}
		return rows;
	});
	function createInitialState() {
		return {
			dimension: void 0,
			sheetData: void 0
		};
	}
	function getRowsFromState(state) {
		return state.sheetData.rows;
	}
	function setRowsInState(state, rows) {
		state.sheetData.rowIndexShift += state.sheetData.rows.length - rows.length;
		state.sheetData.rows = rows;
	}
	function getErrorsFromState(state) {
		return state.sheetData.errors;
	}
	function setErrorsInState(state, errors) {
		state.sheetData.errors = errors;
	}
	function throwInvalidCellError(_ref2) {
		var row = _ref2.row, column = _ref2.column, error = _ref2.error;
		throw new InvalidSpreadsheetError("<c/> at row ".concat(row, ", col ").concat(column, ": ").concat(error));
	}
	function onProgress(end) {
		if (!state.sheetData) return;
		var rowsRead = getRowsFromState(state);
		var errorsEncountered = getErrorsFromState(state);
		if (end) {
			rows = rows.concat(rowsRead);
			errors = errors.concat(errorsEncountered);
			if (errors.length > 0) throwInvalidCellError(errors[0]);
		} else if (rowsRead.length > 1) {
			var finalizedRows = rowsRead.slice(0, -1);
			rows = rows.concat(finalizedRows);
			errors = errors.concat(errorsEncountered);
			setRowsInState(state, rowsRead.slice(-1));
			setErrorsInState(state, []);
		}
	}
	function onOpenTag(tagName, attributes, state) {
		if (tagName === "dimension") state.dimension = parseSheetDimensionRef(attributes.ref);
		else if (tagName === "sheetData") state.sheetData = createInitialStateInSheetData();
		else if (state.sheetData) onOpenTagInSheetData(tagName, attributes, state.sheetData);
	}
	function onCloseTag(tagName, state) {
		if (state.sheetData) onCloseTagInSheetData(tagName, state.sheetData);
	}
	function onText(text, state) {
		if (state.sheetData) onTextInSheetData(text, state.sheetData);
	}
	/**
	* Sheet "dimension" defines the spreadsheet area containing all non-empty cells.
	* Any cells outside the "dimension" are considered empty and should be ignored.
	* https://docs.microsoft.com/en-us/dotnet/api/documentformat.openxml.spreadsheet.sheetdimension?view=openxml-2.8.1
	* @param {string} `ref` — The value of `<dimension ref/>` attribute.
	* @returns {[[number,number],[number,number]]} `undefined` or `[{ row, column }, { row, column }]` — "From row number and column number to row number and column number".
	*/
	function parseSheetDimensionRef(ref) {
		var dimensions = ref.split(":").map(parseCellAddress);
		if (dimensions.length === 1) dimensions = [dimensions[0], dimensions[0]];
		return dimensions;
	}
	function createInitialStateInSheetData() {
		return {
			c: void 0,
			rows: [],
			row: void 0,
			rowNumber: void 0,
			rowIndexShift: 0,
			cursor: [0, 0],
			rowCount: 0,
			columnCount: 0,
			dataRowCount: 0,
			dataColumnCount: 0,
			errors: []
		};
	}
	function onOpenTagInSheetData(tagName, attributes, state) {
		if (tagName === "row") {
			if (attributes.r) state.rowNumber = Number(attributes.r);
			state.row = [];
		} else if (tagName === "c") {
			state.c = createInitialStateInCell();
			state.c.attributes = attributes;
		} else if (state.c) onOpenTagInCell(tagName, attributes, state.c);
	}
	function onCloseTagInSheetData(tagName, state) {
		if (tagName === "row") {
			if (state.rowNumber) {
				var previousRowNumber = state.rowIndexShift + state.rows.length;
				if (state.rowNumber <= previousRowNumber) throw new InvalidSpreadsheetError("Out-of-place <row/> number ".concat(state.rowNumber, " follows <row/> number ").concat(previousRowNumber));
				while (state.rowNumber > state.rowIndexShift + state.rows.length + 1) state.rows.push([]);
			}
			state.rows.push(state.row);
			if (state.row.length > 0) state.dataRowCount = state.rowNumber;
			if (state.rowNumber > state.rowCount) state.rowCount = state.rowNumber;
			state.row = void 0;
			state.rowNumber = void 0;
		} else if (tagName === "c") {
			var cell = parseCellFromXmlData(state.c);
			if (cell.row < state.cursor[0] || cell.row === state.cursor[0] && cell.column <= state.cursor[1]) throw new InvalidSpreadsheetError("Out-of-place <c/> at row ".concat(cell.row, " col ").concat(cell.column, " follows <c/> at row ").concat(state.cursor[0], " col ").concat(state.cursor[1]));
			state.cursor[0] = cell.row;
			state.cursor[1] = cell.column;
			if (!state.rowNumber) state.rowNumber = cell.row;
			if (cell.error) {
				if (THROW_ON_FIRST_CELL_ERROR) throwInvalidCellError(cell);
				state.errors.push(cell);
			} else if (cell.value !== EMPTY_CELL_VALUE) {
				while (cell.column > state.row.length + 1) state.row.push(EMPTY_CELL_VALUE);
				state.row.push(cell.value);
				if (cell.column > state.dataColumnCount) state.dataColumnCount = cell.column;
			}
			if (cell.column > state.columnCount) state.columnCount = cell.column;
			state.c = void 0;
		} else if (state.c) onCloseTagInCell(tagName, state.c);
	}
	function onTextInSheetData(text, state) {
		if (state.c) onTextInCell(text, state.c);
	}
	/**
	* Parses the XML values of a `<c/>` element into an object representing a cell value.
	* @param {object} — `{ attributes: Record<string,string>, inlineString?: string, vText?: string }`. If `<v/>` element is present but is empty, `vText` will be an empty string. If `<v/>` element is absent, `vText` will be `undefined`.
	* @returns {object} Either `{ row: number, column: number, error: string }` or `{ row: number, column: number, value: string|number|boolean|null }`
	*/
	function parseCellFromXmlData(_ref3) {
		var attributes = _ref3.attributes, inlineString = _ref3.inlineString, vText = _ref3.vText;
		var _parseCellAddress2 = _slicedToArray(parseCellAddress(attributes.r), 2), row = _parseCellAddress2[0], column = _parseCellAddress2[1];
		var errorOrTypeAndValue = parseCellAndTrimValue(attributes.t, attributes.s, vText, inlineString, parseCellParameters, options.trim !== false);
		if (typeof errorOrTypeAndValue === "string") return {
			row,
			column,
			error: errorOrTypeAndValue
		};
		return {
			row,
			column,
			value: parseCellValue(errorOrTypeAndValue[1], errorOrTypeAndValue[0])
		};
	}
	/**
	* Parses a cell from the info extracted from the cell XML.
	* If the cell is of type string, it trims the value (by default).
	*
	* Receives same arguments as `parseCell()` function, with an additional argument
	* `trimStrings: boolean` which tells if it should trim any string values.
	*
	* Produces same result as `parseCell()` function, except for cells of type "e".
	*/
	function parseCellAndTrimValue(t, s, v, inlineString, parameters, trimStrings) {
		var errorOrTypeAndValue = parseCellWithRepairAbility(t, s, v, inlineString, parameters);
		if (Array.isArray(errorOrTypeAndValue) && errorOrTypeAndValue[0] === "s") {
			if (trimStrings) errorOrTypeAndValue[1] = errorOrTypeAndValue[1].trim();
			if (errorOrTypeAndValue[1] === "") return EMPTY_CELL;
		}
		return errorOrTypeAndValue;
	}
	/**
	* Parses cell value and optionally repairs any repairable errors.
	* Receives same arguments as `parseCell()` function.
	* Produces same result as `parseCell()` function, except for cells of type "e".
	*/
	function parseCellWithRepairAbility(t, s, v, inlineString, parameters) {
		var errorOrTypeAndValue = parseCell(t, s, v, inlineString, parameters);
		if (errorOrTypeAndValue === "VALUE_MISSING") switch (t || "n") {
			case "str":
			case "inlineStr":
			case "s":
			case "b": return EMPTY_CELL;
		}
		if (t === "e") return EMPTY_CELL;
		return errorOrTypeAndValue;
	}
	/**
	* For certain types of cell, it transforms the value.
	* Specifically, for cells of type "n" or "d", it transforms the value to `Number` or `Date` respectively.
	*
	* The reason it is done separately is because before this function is called,
	* the cells are easily "serializable". And after this function is called,
	* some of the cells' `value` properties become instances of `Date` class or any other class,
	* such as `BigInt`, serializing which would require additional manual steps to be performed.
	* Serializing cells could be utilized in case of "transferring" data between workers
	* with a `transferList`, argument which could hypothetically result in better performance
	* and less time being blocked by the "synchronous" JSON serialization.
	*
	* @param {string|number|boolean|null} value
	* @param {string} type — One of: "s", "n", "d", "b", "-"
	* @return {string|ParsedNumber|Date|boolean|null}
	*/
	function parseCellValue(value, type) {
		if (type === "n") {
			if (options.parseNumber) return options.parseNumber(value);
			return value;
		} else if (type === "d") return new Date(value);
		else return value;
	}
	function createInitialStateInCell() {
		return {
			v: false,
			is: false,
			t: false,
			r: false,
			rPh: false,
			vText: void 0,
			inlineString: void 0,
			attributes: void 0
		};
	}
	function onOpenTagInCell(tagName, attributes, state) {
		if (tagName === "v") state.v = true;
		else if (tagName === "is") {
			state.is = true;
			state.inlineString = "";
		} else if (tagName === "t") state.t = true;
		else if (tagName === "r") state.r = true;
		else if (tagName === "rPh") state.rPh = true;
	}
	function onCloseTagInCell(tagName, state) {
		if (tagName === "v") {
			state.v = false;
			state.vText || (state.vText = "");
			if (state.attributes.t === "str") state.vText = unescapeXlsxString(state.vText);
		} else if (tagName === "is") {
			state.is = false;
			state.inlineString = unescapeXlsxString(state.inlineString);
		} else if (tagName === "t") state.t = false;
		else if (tagName === "r") state.r = false;
		else if (tagName === "rPh") state.rPh = false;
	}
	function onTextInCell(text, state) {
		if (state.v) state.vText = text;
		else if (state.is) {
			if (state.rPh) {} else if (state.t) {
				if (state.r) state.inlineString += text;
				else state.inlineString = text;
			}
		}
	}
	var THROW_ON_FIRST_CELL_ERROR;
}
// node_modules/read-excel-file/modules/utility/convertValuesFromUint8ArraysToStrings.js
/**
* @param {Record<string,Uint8Array} entries
* @returns {Record<string,string>}
*/
function convertValuesFromUint8ArraysToStrings(entries) {
	checkpoint("convert files to strings");
	var convertedEntries = {};
	for (var _i = 0, _Object$keys = Object.keys(entries); _i < _Object$keys.length; _i++) {
		var key = _Object$keys[_i];
		convertedEntries[key] = strFromU8(entries[key]);
	}
	return convertedEntries;
}
/**
* Converts a Uint8Array to a string
* @param data The data to decode to string
* @param latin1 Whether or not to interpret the data as Latin-1. This should
*               not need to be true unless encoding to binary string.
* @returns The original UTF-8/Latin-1 string
*/
function strFromU8(data) {
	if (typeof TextDecoder !== "undefined") return new TextDecoder().decode(data);
	else return strFromU8$1(data);
}
// node_modules/read-excel-file/modules/utility/isPromise.js
function _typeof$2(o) {
	"@babel/helpers - typeof";
	return _typeof$2 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o) {
		return typeof o;
	} : function(o) {
		return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o;
	}, _typeof$2(o);
}
function isPromise(anything) {
	return _typeof$2(anything) === "object" && typeof anything.then === "function";
}
// node_modules/read-excel-file/modules/xlsx/SheetNotFoundError.js
function _typeof$1(o) {
	"@babel/helpers - typeof";
	return _typeof$1 = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o) {
		return typeof o;
	} : function(o) {
		return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o;
	}, _typeof$1(o);
}
function _defineProperties(target, props) {
	for (var i = 0; i < props.length; i++) {
		var descriptor = props[i];
		descriptor.enumerable = descriptor.enumerable || false;
		descriptor.configurable = true;
		if ("value" in descriptor) descriptor.writable = true;
		Object.defineProperty(target, _toPropertyKey$1(descriptor.key), descriptor);
	}
}
function _createClass(Constructor, protoProps, staticProps) {
	if (protoProps) _defineProperties(Constructor.prototype, protoProps);
	if (staticProps) _defineProperties(Constructor, staticProps);
	Object.defineProperty(Constructor, "prototype", { writable: false });
	return Constructor;
}
function _toPropertyKey$1(arg) {
	var key = _toPrimitive$1(arg, "string");
	return _typeof$1(key) === "symbol" ? key : String(key);
}
function _toPrimitive$1(input, hint) {
	if (_typeof$1(input) !== "object" || input === null) return input;
	var prim = input[Symbol.toPrimitive];
	if (prim !== void 0) {
		var res = prim.call(input, hint || "default");
		if (_typeof$1(res) !== "object") return res;
		throw new TypeError("@@toPrimitive must return a primitive value.");
	}
	return (hint === "string" ? String : Number)(input);
}
function _classCallCheck(instance, Constructor) {
	if (!(instance instanceof Constructor)) throw new TypeError("Cannot call a class as a function");
}
function _inherits(subClass, superClass) {
	if (typeof superClass !== "function" && superClass !== null) throw new TypeError("Super expression must either be null or a function");
	subClass.prototype = Object.create(superClass && superClass.prototype, { constructor: {
		value: subClass,
		writable: true,
		configurable: true
	} });
	Object.defineProperty(subClass, "prototype", { writable: false });
	if (superClass) _setPrototypeOf(subClass, superClass);
}
function _createSuper(Derived) {
	var hasNativeReflectConstruct = _isNativeReflectConstruct();
	return function _createSuperInternal() {
		var Super = _getPrototypeOf(Derived), result;
		if (hasNativeReflectConstruct) {
			var NewTarget = _getPrototypeOf(this).constructor;
			result = Reflect.construct(Super, arguments, NewTarget);
		} else result = Super.apply(this, arguments);
		return _possibleConstructorReturn(this, result);
	};
}
function _possibleConstructorReturn(self, call) {
	if (call && (_typeof$1(call) === "object" || typeof call === "function")) return call;
	else if (call !== void 0) throw new TypeError("Derived constructors may only return object or undefined");
	return _assertThisInitialized(self);
}
function _assertThisInitialized(self) {
	if (self === void 0) throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
	return self;
}
function _wrapNativeSuper(Class) {
	var _cache = typeof Map === "function" ? /* @__PURE__ */ new Map() : void 0;
	_wrapNativeSuper = function _wrapNativeSuper(Class) {
		if (Class === null || !_isNativeFunction(Class)) return Class;
		if (typeof Class !== "function") throw new TypeError("Super expression must either be null or a function");
		if (typeof _cache !== "undefined") {
			if (_cache.has(Class)) return _cache.get(Class);
			_cache.set(Class, Wrapper);
		}
		function Wrapper() {
			return _construct(Class, arguments, _getPrototypeOf(this).constructor);
		}
		Wrapper.prototype = Object.create(Class.prototype, { constructor: {
			value: Wrapper,
			enumerable: false,
			writable: true,
			configurable: true
		} });
		return _setPrototypeOf(Wrapper, Class);
	};
	return _wrapNativeSuper(Class);
}
function _construct(Parent, args, Class) {
	if (_isNativeReflectConstruct()) _construct = Reflect.construct.bind();
	else _construct = function _construct(Parent, args, Class) {
		var a = [null];
		a.push.apply(a, args);
		var instance = new (Function.bind.apply(Parent, a))();
		if (Class) _setPrototypeOf(instance, Class.prototype);
		return instance;
	};
	return _construct.apply(null, arguments);
}
function _isNativeReflectConstruct() {
	if (typeof Reflect === "undefined" || !Reflect.construct) return false;
	if (Reflect.construct.sham) return false;
	if (typeof Proxy === "function") return true;
	try {
		Boolean.prototype.valueOf.call(Reflect.construct(Boolean, [], function() {}));
		return true;
	} catch (e) {
		return false;
	}
}
function _isNativeFunction(fn) {
	return Function.toString.call(fn).indexOf("[native code]") !== -1;
}
function _setPrototypeOf(o, p) {
	_setPrototypeOf = Object.setPrototypeOf ? Object.setPrototypeOf.bind() : function _setPrototypeOf(o, p) {
		o.__proto__ = p;
		return o;
	};
	return _setPrototypeOf(o, p);
}
function _getPrototypeOf(o) {
	_getPrototypeOf = Object.setPrototypeOf ? Object.getPrototypeOf.bind() : function _getPrototypeOf(o) {
		return o.__proto__ || Object.getPrototypeOf(o);
	};
	return _getPrototypeOf(o);
}
var SheetNotFoundError = /*#__PURE__*/ function(_Error) {
	_inherits(SheetNotFoundError, _Error);
	var _super = _createSuper(SheetNotFoundError);
	function SheetNotFoundError(sheet, sheets) {
		var _this;
		_classCallCheck(this, SheetNotFoundError);
		_this = _super.call(this, "Sheet not found: ".concat(typeof sheet === "number" ? sheet + ". Sheet count: " + sheets.length : sheet + ". Available sheets: " + sheets.join(", ")));
		_this.name = "SheetNotFoundError";
		_this.sheet = sheet;
		_this.sheets = sheets;
		return _this;
	}
	return _createClass(SheetNotFoundError);
}(/*#__PURE__*/ _wrapNativeSuper(Error));
// node_modules/read-excel-file/modules/xlsx/parseSpreadsheetContents.js
function _typeof(o) {
	"@babel/helpers - typeof";
	return _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o) {
		return typeof o;
	} : function(o) {
		return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o;
	}, _typeof(o);
}
function _createForOfIteratorHelperLoose(o, allowArrayLike) {
	var it = typeof Symbol !== "undefined" && o[Symbol.iterator] || o["@@iterator"];
	if (it) return (it = it.call(o)).next.bind(it);
	if (Array.isArray(o) || (it = _unsupportedIterableToArray(o)) || allowArrayLike && o && typeof o.length === "number") {
		if (it) o = it;
		var i = 0;
		return function() {
			if (i >= o.length) return { done: true };
			return {
				done: false,
				value: o[i++]
			};
		};
	}
	throw new TypeError("Invalid attempt to iterate non-iterable instance.\nIn order to be iterable, non-array objects must have a [Symbol.iterator]() method.");
}
function _unsupportedIterableToArray(o, minLen) {
	if (!o) return;
	if (typeof o === "string") return _arrayLikeToArray(o, minLen);
	var n = Object.prototype.toString.call(o).slice(8, -1);
	if (n === "Object" && o.constructor) n = o.constructor.name;
	if (n === "Map" || n === "Set") return Array.from(o);
	if (n === "Arguments" || /^(?:Ui|I)nt(?:8|16|32)(?:Clamped)?Array$/.test(n)) return _arrayLikeToArray(o, minLen);
}
function _arrayLikeToArray(arr, len) {
	if (len == null || len > arr.length) len = arr.length;
	for (var i = 0, arr2 = new Array(len); i < len; i++) arr2[i] = arr[i];
	return arr2;
}
function ownKeys(e, r) {
	var t = Object.keys(e);
	if (Object.getOwnPropertySymbols) {
		var o = Object.getOwnPropertySymbols(e);
		r && (o = o.filter(function(r) {
			return Object.getOwnPropertyDescriptor(e, r).enumerable;
		})), t.push.apply(t, o);
	}
	return t;
}
function _objectSpread(e) {
	for (var r = 1; r < arguments.length; r++) {
		var t = null != arguments[r] ? arguments[r] : {};
		r % 2 ? ownKeys(Object(t), !0).forEach(function(r) {
			_defineProperty(e, r, t[r]);
		}) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function(r) {
			Object.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r));
		});
	}
	return e;
}
function _defineProperty(obj, key, value) {
	key = _toPropertyKey(key);
	if (key in obj) Object.defineProperty(obj, key, {
		value,
		enumerable: true,
		configurable: true,
		writable: true
	});
	else obj[key] = value;
	return obj;
}
function _toPropertyKey(arg) {
	var key = _toPrimitive(arg, "string");
	return _typeof(key) === "symbol" ? key : String(key);
}
function _toPrimitive(input, hint) {
	if (_typeof(input) !== "object" || input === null) return input;
	var prim = input[Symbol.toPrimitive];
	if (prim !== void 0) {
		var res = prim.call(input, hint || "default");
		if (_typeof(res) !== "object") return res;
		throw new TypeError("@@toPrimitive must return a primitive value.");
	}
	return (hint === "string" ? String : Number)(input);
}
/**
* Reads data from an `.xlsx` file.
* @param  {function} parseXml — SAX XML parser.
* @param  {Record<string,Uint8Array>} contents - A map of `.xml` files inside the `.xlsx` file (which itself is just a zipped directory).
* @param  {object} [options]
* @return {Promise<Sheet[]>}
*/
function parseSpreadsheetContents(parseXml, contents_) {
	var options = arguments.length > 2 && arguments[2] !== void 0 ? arguments[2] : {};
	var contents = convertValuesFromUint8ArraysToStrings(contents_);
	checkpoint("parse spreadsheet info and file paths");
	return readFiles(getXmlFilesAtFixedPaths(), contents, parseXml).then(function(_ref) {
		var spreadsheetInfo = _ref.spreadsheetInfo, filePaths = _ref.filePaths;
		checkpoint("parse \"shared strings\" and \"styles\"");
		return readFiles(getXmlFilesAtNonFixedPaths(filePaths), contents, parseXml).then(function(_ref2) {
			var sharedStrings = _ref2.sharedStrings, styles = _ref2.styles;
			var sheetRelationIdsToRead = options.sheets ? options.sheets.map(function(sheet) {
				return getSheetRelationId(sheet, spreadsheetInfo.sheets);
			}) : spreadsheetInfo.sheets.map(function(_) {
				return _.relationId;
			});
			checkpoint("parse sheet".concat(sheetRelationIdsToRead.length === 1 ? "" : "s", " data"));
			return readFiles(getSheetDataXmlFiles(filePaths, sheetRelationIdsToRead, {
				sharedStrings,
				styles,
				epoch1904: spreadsheetInfo.epoch1904,
				dateFormatDetectionCache: [],
				options
			}), contents, parseXml).then(function(sheetsData) {
				checkpoint("end");
				return sheetRelationIdsToRead.map(function(sheetRelationId) {
					return {
						sheet: getSheetNameByRelationId(sheetRelationId, spreadsheetInfo.sheets),
						data: sheetsData[sheetRelationId]
					};
				});
			});
		});
	});
}
/**
* Reads data from an `.xlsx` file in a worker.
* @param  {function} [createWorkerFunction] — Creates a worker function. Not used.
* @param  {function} parseXml — SAX XML parser.
* @param  {Record<string,Uint8Array>} contents - A map of `.xml` files inside the `.xlsx` file (which itself is just a zipped directory).
* @param  {object} [options]
* @return {Promise<Sheet[]>}
*/
function parseSpreadsheetContentsInWorker(createWorkerFunction, parseXml, contents, options) {
	if (!(options && options.parseNumber)) options = _objectSpread(_objectSpread({}, options), {}, { parseNumber: null });
	return parseSpreadsheetContents(parseXml, contents, options);
}
function getSheetRelationId(sheet, sheets) {
	if (typeof sheet === "string") for (var _iterator = _createForOfIteratorHelperLoose(sheets), _step; !(_step = _iterator()).done;) {
		var _sheet = _step.value;
		if (_sheet.name === sheet) return _sheet.relationId;
	}
	else if (sheet <= sheets.length) return sheets[sheet - 1].relationId;
	throw new SheetNotFoundError(sheet, sheets.map(function(_) {
		return _.name;
	}));
}
function getSheetNameByRelationId(sheetRelationId, sheets) {
	for (var _iterator2 = _createForOfIteratorHelperLoose(sheets), _step2; !(_step2 = _iterator2()).done;) {
		var sheet = _step2.value;
		if (sheet.relationId === sheetRelationId) return sheet.name;
	}
	throw new Error("Sheet relation ID not found: ".concat(sheetRelationId));
}
function getXmlFilesAtFixedPaths() {
	return {
		"xl/_rels/workbook.xml.rels": {
			name: "filePaths",
			parse: parseFilePaths
		},
		"xl/workbook.xml": {
			name: "spreadsheetInfo",
			parse: parseSpreadsheetInfo
		}
	};
}
function getXmlFilesAtNonFixedPaths(filePaths) {
	var _ref3 = {};
	return _defineProperty(_ref3, filePaths.sharedStrings || "xl/sharedStrings.xml", {
		name: "sharedStrings",
		parse: parseSharedStrings,
		fallback: Promise.resolve([])
	}), _defineProperty(_ref3, filePaths.styles || "xl/styles.xml", {
		name: "styles",
		parse: parseStyles,
		fallback: {}
	}), _ref3;
}
function getSheetDataXmlFiles(filePaths, sheetRelationIdsToRead, sheetDataParserParameters) {
	return Object.keys(filePaths.sheets).filter(function(sheetRelationId) {
		return sheetRelationIdsToRead.includes(sheetRelationId);
	}).reduce(function(filesInfo, sheetRelationId) {
		return _objectSpread(_objectSpread({}, filesInfo), {}, _defineProperty({}, filePaths.sheets[sheetRelationId], {
			name: sheetRelationId,
			parse: function parse(content, parseXml) {
				return parseSheet(content, parseXml, sheetDataParserParameters);
			}
		}));
	}, {});
}
function readFiles(filesInfo, contents, parseXml) {
	var results = {};
	var _loop = function _loop() {
		var filePath = _Object$keys[_i];
		var fileInfo = filesInfo[filePath];
		results[fileInfo.name] = contents[filePath] === void 0 ? fileInfo.fallback === void 0 ? function() {
			throw new InvalidSpreadsheetError("\"".concat(filePath, "\" file not found inside the `.xlsx` file"));
		}() : fileInfo.fallback : fileInfo.parse(contents[filePath], parseXml);
	};
	for (var _i = 0, _Object$keys = Object.keys(filesInfo); _i < _Object$keys.length; _i++) _loop();
	var promises = [];
	var _loop2 = function _loop2() {
		var name = _Object$keys2[_i2];
		if (isPromise(results[name])) promises.push(results[name].then(function(result) {
			results[name] = result;
		}));
	};
	for (var _i2 = 0, _Object$keys2 = Object.keys(results); _i2 < _Object$keys2.length; _i2++) _loop2();
	if (promises.length > 0) return Promise.all(promises).then(function() {
		return results;
	});
	return results;
}
// node_modules/read-excel-file/modules/export/readXlsxFileUniversal.js
var createWorkerFunction = void 0;
/**
* Reads an `.xlsx` file.
* @param  {(Blob|ArrayBuffer)} input
* @param  {object} [options]
* @return {Promise<Sheet[]>}
*/
function readXlsxFile(input, options) {
	return unpackXlsxFile(input).then(function(contents) {
		return parseSpreadsheetContentsInWorker(createWorkerFunction, parseXml, contents, options);
	});
}
export { InvalidSpreadsheetError, readXlsxFile as default };
