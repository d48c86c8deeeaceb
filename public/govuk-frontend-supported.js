// Marks the page as running JavaScript, and as able to run govuk-frontend's components when the
// browser supports ES modules (govuk-frontend's own template does this with an inline script; it
// is a file here so that the Content Security Policy in index.html allows no inline script).
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '')
