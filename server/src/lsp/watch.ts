// Knowing when `.etika-asn.yaml` or a rule file changed. Editors that can watch files for us
// get a registration; for the others, Node's own watcher on the workspace folders and rule folders.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DidChangeWatchedFilesNotification, type Connection } from 'vscode-languageserver/node';
import { CONFIG_FILE_NAME } from '../engine';

const RULE_FILE = /\.ya?ml$/i;

/** Asks the client to report config and rule file changes. */
export async function registerClientWatchers(connection: Connection): Promise<void> {
  await connection.client.register(DidChangeWatchedFilesNotification.type, {
    watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: '**/*.{yaml,yml}' }],
  });
}

/**
 * Fallback: fs.watch on folders; `onChange` is called, debounced, for YAML files. Rule folders
 * are small and watched recursively; a workspace folder only at its top (where .etika-asn.yaml
 * lives), since watching a whole tree with node_modules is not cheap.
 */
export class FsWatchers {
  private readonly watchers = new Map<string, fs.FSWatcher>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly onChange: () => void) {}

  watch(dirs: Iterable<string>, recursive = true): void {
    for (const dir of dirs) {
      const key = path.resolve(dir);
      if (this.watchers.has(key) || !fs.existsSync(key)) continue;
      try {
        const w = fs.watch(key, { recursive, persistent: false }, (_event, name) => {
          if (name && RULE_FILE.test(String(name))) this.fire();
        });
        w.on('error', () => this.watchers.delete(key));
        this.watchers.set(key, w);
      } catch {
        // no recursive watching on this platform or folder: changes are picked up on restart
      }
    }
  }

  private fire(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(this.onChange, 100);
  }

  dispose(): void {
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
  }
}
