// Document titles follow the GOV.UK pattern: the page's own title, then the service name.
export const SERVICE_NAME = 'GOV.UK Pay Playground'

export const pageTitle = (title: string): string => `${title} – ${SERVICE_NAME}`
