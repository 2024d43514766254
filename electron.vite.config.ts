import { cpSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'

/** Copies the bundled Thunderbird ISP database beside the main bundle, where isp-db.ts looks for it. */
function copyIspDb(): Plugin {
  return {
    name: 'copy-ispdb',
    writeBundle(options) {
      cpSync(resolve('electron/engine/discovery/ispdb'), resolve(options.dir ?? 'out/main', 'ispdb'), {
        recursive: true,
      })
    },
  }
}

export default defineConfig({
  main: {
    plugins: [copyIspDb()],
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
    plugins: [react()],
    build: { minify: true, rollupOptions: { input: resolve('renderer/index.html') } },
  },
})
