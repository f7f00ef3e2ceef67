import { readFileSync, writeFileSync } from 'node:fs';
const keys = JSON.parse(readFileSync('.tmp/keys.json', 'utf8'));
['en', 'nl', 'fr', 'de'].forEach((lang, i) => {
  const file = `public/_locales/${lang}/messages.json`;
  const cat = JSON.parse(readFileSync(file, 'utf8'));
  for (const [key, values] of Object.entries(keys)) cat[key] = { ...(cat[key] ?? {}), message: values[i] };
  writeFileSync(file, JSON.stringify(cat, null, 2) + '\n');
});
