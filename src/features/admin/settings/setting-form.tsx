// The frame every settings edit page shares: a back link, an error summary, one question and a
// "Save changes" button. Saving changes the service at once, then returns to the settings page.
import { useState, type FormEvent, type ReactNode } from 'react'
import { useNavigate } from 'react-router'
import { describeError } from '../../../lib/describe-error.ts'
import { pageTitle } from '../../../lib/page-title.ts'
import type { ServiceSettings } from '../../../simulator/model/types.ts'
import { ServiceNameError, ServiceSettingsError } from '../../../simulator/services/service-accounts.ts'
import { BackLink } from '../../../ui/back-link.tsx'
import { Button } from '../../../ui/button.tsx'
import { ErrorSummary } from '../../../ui/error-summary.tsx'
import { withFlash } from '../flash.tsx'
import { settingsPaths } from './settings-paths.ts'
import { useSaveService } from './use-save-service.ts'

export interface SettingChange {
  name?: string
  settings?: Partial<ServiceSettings>
}

export interface SettingFormProps {
  title: string
  serviceId: string
  /** The id of the field an error is about, for the error summary's link. */
  fieldId: string
  /** The change to save, or a message to show instead (checked before saving). */
  change: () => SettingChange | { error: string }
  /** What the settings page says once saved. */
  saved: string
  /** The question, given the error to show on it. */
  children: (error: string | undefined) => ReactNode
  /** A second button beside "Save changes" (such as "Remove Welsh service name"). */
  secondaryAction?: ReactNode
}

export function SettingForm({ title, serviceId, fieldId, change, saved, children, secondaryAction }: SettingFormProps) {
  const navigate = useNavigate()
  const saveService = useSaveService()
  const [error, setError] = useState<string>()
  const [pending, setPending] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (pending) return
    const wanted = change()
    if ('error' in wanted) {
      setError(wanted.error)
      return
    }
    setPending(true)
    try {
      await saveService(serviceId, wanted)
      await navigate(settingsPaths.index(), withFlash(saved))
    } catch (caught) {
      const known = caught instanceof ServiceNameError || caught instanceof ServiceSettingsError
      setError(known ? caught.message : `The setting could not be saved: ${describeError(caught)}`)
      setPending(false)
    }
  }
  return (
    <>
      <title>{pageTitle(error ? `Error: ${title}` : title)}</title>
      <BackLink to={settingsPaths.index()}>Settings</BackLink>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <form onSubmit={(event) => void submit(event)} noValidate>
            <ErrorSummary errors={error ? [{ text: error, fieldId }] : []} />
            {children(error)}
            <div className="govuk-button-group">
              <Button type="submit" disabled={pending}>
                Save changes
              </Button>
              {secondaryAction}
            </div>
          </form>
        </div>
      </div>
    </>
  )
}
