// A saved setting shows at once on the settings page and on the next page opened, without waiting
// for the storage change notice to refetch the service (which can come late on a busy machine).
import { configure, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { followChange, openSettings, saveAndExpect, summaryValue } from '../../../../support/admin-settings.ts'
import { useSimulator } from '../../../../support/simulator.ts'

useSimulator()
configure({ asyncUtilTimeout: 15_000 })
vi.setConfig({ testTimeout: 60_000 })

describe('saving a setting', () => {
  it('hands the saved service to the pages that follow, with no refetch', async () => {
    const { user, queryClient } = await openSettings('/admin/settings/authorisation-api')
    // No refetch after a storage change: what the pages show comes from the save alone.
    vi.spyOn(queryClient, 'invalidateQueries').mockResolvedValue()
    vi.spyOn(queryClient, 'refetchQueries').mockResolvedValue()
    await user.click(screen.getByRole('radio', { name: 'On' }))
    await saveAndExpect(user, 'Authorisation API updated')
    expect(summaryValue('Authorisation API')).toBe('On')
    await followChange(user, 'authorisation API')
    expect(screen.getByRole('radio', { name: 'On' })).toBeChecked()
  })
})
