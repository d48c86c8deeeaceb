import { appPaths } from '../../../lib/app-paths.ts'
import { lastOf } from './facts.ts'
import type { Lesson } from './lesson.ts'

export const createApiKeyLesson: Lesson = {
  id: 'create-api-key',
  title: 'Create an API key',
  summary:
    'Every request to the API carries a key that says which service is calling. You see a key once, when you create it, so copy it somewhere safe.',
  steps: [
    'Create a key on the start page, or under API keys in the admin site.',
    'Copy the key: the playground, like GOV.UK Pay, keeps only a fingerprint of it.',
  ],
  links: () => [
    { text: 'Create a key on the start page', to: appPaths.start() },
    { text: 'API keys in the admin site', to: appPaths.apiKeys() },
  ],
  check: (facts) => {
    const key = lastOf(facts.keys)
    return key ? { done: true, evidence: `You created the key “${key.name}” for ${facts.service.name}.` } : { done: false }
  },
}
