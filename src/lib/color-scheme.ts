/** How the components pick light or dark. `inherit` follows a host `.dark` / `[data-theme=dark]` ancestor. */
export type ColorScheme = 'light' | 'dark' | 'system' | 'inherit'
