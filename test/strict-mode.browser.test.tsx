import { describe } from 'vitest'
import { itRendersUnderStrictMode } from './strict-mode'

describe('browser test setup', () => {
  itRendersUnderStrictMode()
})
