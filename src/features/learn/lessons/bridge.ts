import { appPaths } from '../../../lib/app-paths.ts'
import { keyHint, lastOf, succeeded } from './facts.ts'
import type { Lesson } from './lesson.ts'

export const bridgeLesson: Lesson = {
  id: 'bridge',
  title: 'Call the API from outside the browser',
  summary:
    'Your real service calls GOV.UK Pay from its server. The local bridge lets curl, Postman or your own back end call the playground the same way, answered by this browser tab.',
  steps: [
    'In a terminal, in the playground’s folder, run npm run bridge and open the link it prints.',
    'Send any request with curl or your own code to http://127.0.0.1:9292, with your key. The explorer can write the command for you.',
  ],
  links: () => [
    { text: 'The local bridge on the simulator tools page', to: appPaths.simulator() },
    { text: 'Code for your terminal in the API explorer', to: appPaths.explorer('search-payments') },
  ],
  check: (facts) => {
    const bridged = facts.exchanges.filter((exchange) => exchange.source === 'bridge')
    const answered = bridged.find((exchange) => exchange.serviceId === facts.service.id && succeeded(exchange))
    if (answered) return { done: true, evidence: `${answered.method} ${new URL(answered.url).pathname} came through the bridge and was answered ${answered.status}.` }
    return { done: false, hint: keyHint(lastOf(bridged)) }
  },
}
