// Mocha runner inside the VS Code extension host (loaded by @vscode/test-electron).
import Mocha from 'mocha';
import { extensionTests } from './extension.vscode-test';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30000, color: false });
  mocha.suite.emit('pre-require', globalThis, 'extension.test', mocha);
  extensionTests();
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
  });
}
