/**
 * `npm run verify -- --data DIR`: checks every log's hash chain and rebuilds every projection in a scratch copy
 * to compare with the live one. Asks for the passphrase on standard input (or STAFETT_PASSPHRASE).
 * Prints counts and problems as ids only, never content. Exit code 0 when all is well, 1 otherwise.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { unwrapKey } from '../profile/keys';
import { profilePaths, readProfile } from '../profile/profileFile';
import { openStore } from '../store/sqlite/openStore';

const { values } = parseArgs({ options: { data: { type: 'string' } } });
if (!values.data) {
  process.stderr.write('Bruk: npm run verify -- --data MAPPE\n');
  process.exit(2);
}
const profile = readProfile(values.data);
if (!profile?.wrappedKey) {
  process.stderr.write('Fant ingen profil med passordbeskyttet nøkkel i mappen.\n');
  process.exit(2);
}
let passphrase = process.env.STAFETT_PASSPHRASE;
if (!passphrase) {
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  passphrase = await prompt.question('Passordfrase: ');
  prompt.close();
}
const key = await unwrapKey(profile.wrappedKey, passphrase).catch(() => {
  process.stderr.write('Feil passordfrase.\n');
  process.exit(1);
});
const store = openStore({ file: profilePaths(values.data).store, key });
const report = store.verify();
store.close();
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
process.exit(report.ok ? 0 : 1);
