// Banners about the playground itself (a newer version opened in another tab, data kept in memory
// only), which every layout shows at the top of its main content. The app provides them, so a
// layout in a feature shows them without importing the app: `{usePageBanners()}` inside <main>.
import { createContext, useContext, type ReactNode } from 'react'

export const PageBannersContext = createContext<ReactNode>(null)

export const usePageBanners = (): ReactNode => useContext(PageBannersContext)
