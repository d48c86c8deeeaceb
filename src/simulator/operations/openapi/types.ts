// The parts of OpenAPI 3.0 that the playground's API description uses, typed so that the registry,
// the document built from it and the explorer rendered from that agree. Extensions (`x-…`) are allowed where noted.

export type HttpMethod = 'get' | 'post'

export interface Schema {
  type?: 'object' | 'string' | 'integer' | 'number' | 'boolean' | 'array'
  description?: string
  format?: string
  enum?: readonly (string | number | boolean)[]
  pattern?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  maxProperties?: number
  default?: unknown
  nullable?: boolean
  readOnly?: boolean
  deprecated?: boolean
  example?: unknown
  required?: readonly string[]
  properties?: Readonly<Record<string, Schema>>
  additionalProperties?: boolean | Schema
  items?: Schema
  oneOf?: readonly Schema[]
  $ref?: string
}

export interface Example {
  summary?: string
  description?: string
  value: unknown
}

export interface MediaType {
  schema?: Schema
  example?: unknown
  examples?: Readonly<Record<string, Example>>
}

export interface Header {
  description?: string
  schema: Schema
}

export interface Response {
  description: string
  headers?: Readonly<Record<string, Header>>
  content?: Readonly<Record<string, MediaType>>
}

export interface Parameter {
  name: string
  in: 'path' | 'query' | 'header'
  description?: string
  required?: boolean
  schema: Schema
  example?: unknown
}

export interface RequestBody {
  description?: string
  required?: boolean
  content: Readonly<Record<string, MediaType>>
}

export interface Operation {
  operationId: string
  summary: string
  description: string
  tags: readonly string[]
  parameters?: readonly Parameter[]
  requestBody?: RequestBody
  responses: Readonly<Record<string, Response>>
  /** An empty list for an operation that needs no key. */
  security?: readonly Record<string, readonly string[]>[]
  /** How the playground differs from, or reproduces a surprise of, the real service. */
  'x-playground-notes'?: readonly string[]
}

export type PathItem = Partial<Record<HttpMethod, Operation>>

export interface Tag {
  name: string
  description: string
}

export interface OpenApiDocument {
  openapi: '3.0.3'
  info: { title: string; version: string; description: string; license?: { name: string } }
  servers: readonly { url: string; description?: string }[]
  tags: readonly Tag[]
  security: readonly Record<string, readonly string[]>[]
  paths: Readonly<Record<string, PathItem>>
  components: {
    schemas: Readonly<Record<string, Schema>>
    securitySchemes: Readonly<Record<string, { type: 'http'; scheme: 'bearer'; description: string }>>
  }
}
