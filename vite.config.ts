/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The build uses relative asset URLs by default, so one build works under any sub-path of any
// static host (docs/decisions/002-relative-base-and-hash-routing.md). BASE_PATH overrides it.
export default defineConfig({
  base: process.env.BASE_PATH ?? './',
  plugins: [react()],
  css: {
    preprocessorOptions: { scss: { quietDeps: true } },
    // govuk-frontend still ships IE-only hacks (`@media screen\0`) that lightningcss cannot parse.
    lightningcss: { errorRecovery: true },
  },
  build: {
    chunkSizeWarningLimit: 700,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./test/setup.ts'],
    include: ['test/unit/**/*.test.{ts,tsx}'],
  },
})
