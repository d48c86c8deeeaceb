// Serves the API's OpenAPI description as a file of the site, `openapi.json` beside index.html, so
// a person can give its address to Postman, Insomnia, Swagger Editor or Prism. Built from the
// operation registry at build time, and answered by the development server from the same source.
import type { Plugin } from 'vite'
import { OPENAPI_FILE_NAME, openApiJson } from '../simulator/operations/openapi/document.ts'

export function openApiFilePlugin(): Plugin {
  return {
    name: 'pay-playground:openapi-file',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0] ?? ''
        if (path !== `${server.config.base.replace(/\/?$/, '/')}${OPENAPI_FILE_NAME}` && path !== `/${OPENAPI_FILE_NAME}`) return next()
        response.setHeader('Content-Type', 'application/json; charset=utf-8')
        response.end(openApiJson())
      })
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: OPENAPI_FILE_NAME, source: openApiJson() })
    },
  }
}
