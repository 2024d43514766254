import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { contentSecurityPolicy, withCspMeta } from './electron/window-policy'

/** Writes the CSP meta tag: the production policy in the build, the dev server's socket allowed in dev. */
function cspMeta(): Plugin {
  return {
    name: 'maildoctor-csp-meta',
    transformIndexHtml: (html, context) =>
      withCspMeta(html, contentSecurityPolicy(context.server ? 'development' : 'production', 'meta')),
  }
}

export default defineConfig({
  main: {
    build: { rollupOptions: { input: { main: resolve('electron/main.ts') } } },
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
