import { cpSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { contentSecurityPolicy, withCspMeta } from './electron/window-policy'

/** Writes the CSP meta tag: the production policy in the build, the dev server's socket allowed in dev. */
function cspMeta(): Plugin {
  return {
    name: 'maildoctor-csp-meta',
    transformIndexHtml: (html, context) =>
      withCspMeta(html, contentSecurityPolicy(context.server ? 'development' : 'production', 'meta')),
  }
}

/** Copies the bundled Thunderbird ISP database and its index beside the main bundle, where isp-db.ts looks. */
function copyIspDb(): Plugin {
  return {
    name: 'copy-ispdb',
    writeBundle(options) {
      const out = options.dir ?? resolve('out/main')
      cpSync(resolve('electron/engine/discovery/ispdb'), resolve(out, 'ispdb'), { recursive: true })
      cpSync(resolve('electron/engine/discovery/ispdb-index.json'), resolve(out, 'ispdb-index.json'))
    },
  }
}

export default defineConfig({
  main: {
    plugins: [copyIspDb()],
    build: {
      rollupOptions: {
        input: {
          main: resolve('electron/main.ts'),
          'export-worker': resolve('electron/report-worker/export-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { preload: resolve('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), cspMeta()],
    build: { minify: true, rollupOptions: { input: resolve('renderer/index.html') } },
  },
})
