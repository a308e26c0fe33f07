import { describe } from 'vitest'
import { itRendersUnderStrictMode } from './strict-mode'

describe('jsdom test setup', () => {
  itRendersUnderStrictMode()
})
