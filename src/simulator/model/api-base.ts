/** The simulator answers at the real service's address, so snippets and links read as they will in production. */
export const API_BASE_URL = 'https://publicapi.payments.service.gov.uk'
