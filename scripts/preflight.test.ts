// The checks npm start and npm test make first: each problem is one line that says what to run.
import { describe, expect, it } from 'vitest';
import { nodeProblem, sqliteProblem } from './preflight.mjs';

describe('nodeProblem', () => {
  it('accepts the version the README names and newer ones', () => {
    for (const v of ['20.9.0', '20.20.2', '22.0.0', '24.1.3']) expect(nodeProblem(v)).toBeNull();
  });

  it('names the version needed and the one running when Node is older', () => {
    for (const v of ['20.8.1', '18.19.0', '16.20.2']) {
      const problem = nodeProblem(v)!;
      expect(problem).toContain('Node.js 20.9 or newer');
      expect(problem).toContain(`this is Node.js ${v}`);
      expect(problem).not.toContain('\n');
    }
  });
});

describe('sqliteProblem', () => {
  it('is null when better-sqlite3 loads and opens a database', () => {
    expect(sqliteProblem()).toBeNull();
  });

  it('names npm rebuild better-sqlite3 when the native module was built for another Node', () => {
    const problem = sqliteProblem(() => {
      throw new Error("The module 'better_sqlite3.node'\nwas compiled against a different Node.js version using\nNODE_MODULE_VERSION 115. This version of Node.js requires\nNODE_MODULE_VERSION 127.");
    })!;
    expect(problem).toMatch(/^better-sqlite3 cannot be used: it was built for another version of Node\.js/);
    expect(problem).toContain('`npm rebuild better-sqlite3`');
    expect(problem).not.toContain('\n');
  });

  it('names npm rebuild better-sqlite3 when the native module was never built', () => {
    const problem = sqliteProblem(() => function Database() {
      throw new Error('Could not locate the bindings file. Tried:\n → /x/build/better_sqlite3.node');
    })!;
    expect(problem).toContain('its native module was never built');
    expect(problem).toContain('`npm rebuild better-sqlite3`');
  });

  it('asks for npm install when the package is missing altogether', () => {
    const problem = sqliteProblem(() => {
      throw Object.assign(new Error("Cannot find module 'better-sqlite3'"), { code: 'MODULE_NOT_FOUND' });
    });
    expect(problem).toBe('The dependencies are not installed: run `npm install` first.');
  });
});
