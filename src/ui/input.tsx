import {
  forwardRef,
  useImperativeHandle,
  useRef,
  type ChangeEvent,
  type ComponentPropsWithoutRef,
  type CSSProperties,
  type KeyboardEvent,
} from 'react'
import { cn } from '../lib/cn'
import { useControllableState } from './use-controllable-state'
import { composeEventHandlers } from '@radix-ui/primitive'
import { SearchIcon, XIcon } from './icons'
import { useUiText } from './use-ui-text'

export interface InputProps extends ComponentPropsWithoutRef<'input'> {
  /** Marks the value invalid: sets `aria-invalid` and `data-invalid`. @default false */
  invalid?: boolean
}

/**
 * A text input. Labels and every `aria-*` / input attribute pass through.
 *
 * @selector [data-slot="input"]
 * @selector [data-invalid] — while `invalid`
 * @selector [data-disabled] — while `disabled`
 * @example
 * <label htmlFor="url">Return URL</label>
 * <Input id="url" type="url" invalid={!!error} aria-describedby="url-error" />
 */
export const Input = forwardRef<HTMLInputElement, InputProps>(function Input(
  { invalid = false, type = 'text', className, ...props },
  ref,
) {
  return (
    <input
      ref={ref}
      type={type}
      aria-invalid={invalid || undefined}
      data-slot="input"
      data-invalid={invalid ? '' : undefined}
      data-disabled={props.disabled ? '' : undefined}
      {...props}
      className={cn('hx-input', className)}
    />
  )
})

export interface SearchInputProps
  extends Omit<ComponentPropsWithoutRef<'input'>, 'value' | 'defaultValue' | 'type' | 'className' | 'style'> {
  /** The search text (controlled). */
  value?: string
  /** The initial search text (uncontrolled). @default '' */
  defaultValue?: string
  /** Called with the new text on every keystroke, on clear and on Escape. */
  onValueChange?: (value: string) => void
  /** Called after the field was cleared by the clear button or Escape. */
  onClear?: () => void
  /** Marks the value invalid: sets `aria-invalid` and `data-invalid` on the input. @default false */
  invalid?: boolean
  /** Accessible name of the clear button. @default the provider's `table.search.clear` message, else 'Clear search' */
  clearLabel?: string
  /** Class of the wrapper element (`data-slot="search-input"`), merged last. */
  className?: string
  /** Style of the wrapper element. */
  style?: CSSProperties
  /** Class of the inner `<input>`, merged last. */
  inputClassName?: string
}

/**
 * A search field: a leading search icon, an `<input type="search">` and a clear button that
 * appears while there is text. Escape clears the text (an enclosing `DialogContent` stays open);
 * a second Escape on the empty field goes on to close it. `ref` and every input prop (label, `aria-*`, placeholder) go to the
 * `<input>`; `className` / `style` go to the wrapper.
 *
 * @selector [data-slot="search-input"] — the wrapper; [data-empty] while empty
 * @selector [data-slot="search-input-input"] — the input; [data-invalid] while `invalid`
 * @selector [data-slot="search-input-clear"] — the clear button
 * @example
 * <SearchInput aria-label="Search customers" value={search} onValueChange={setSearch} />
 */
export const SearchInput = forwardRef<HTMLInputElement, SearchInputProps>(function SearchInput(
  {
    value: valueProp,
    defaultValue = '',
    onValueChange,
    onClear,
    invalid = false,
    clearLabel: clearLabelProp,
    className,
    style,
    inputClassName,
    onChange,
    onKeyDown,
    disabled,
    readOnly,
    ...props
  },
  ref,
) {
  const [value, setValue] = useControllableState({
    value: valueProp,
    defaultValue,
    onValueChange,
    name: 'SearchInput',
  })
  const defaultClearLabel = useUiText('table.search.clear', 'Clear search')
  const clearLabel = clearLabelProp ?? defaultClearLabel
  const inputRef = useRef<HTMLInputElement>(null)
  useImperativeHandle(ref, () => inputRef.current as HTMLInputElement, [])

  const empty = value === ''
  const canClear = !empty && !disabled && !readOnly

  const clear = () => {
    setValue('')
    onClear?.()
  }

  const handleChange = composeEventHandlers(onChange, (event: ChangeEvent<HTMLInputElement>) => {
    setValue(event.target.value)
  })

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Consumer first; only *their* preventDefault opts out. An enclosing dialog prevents Escape
    // before us (capture phase on the document) precisely so that we clear instead of it closing.
    const preventedBefore = event.defaultPrevented
    onKeyDown?.(event)
    if (event.defaultPrevented && !preventedBefore) return
    if (event.key === 'Escape' && canClear) {
      // Keep the browser's own search-clear and any enclosing layer out of it.
      event.preventDefault()
      event.stopPropagation()
      clear()
    }
  }

  return (
    <div
      className={cn('hx-search-input', className)}
      style={style}
      data-slot="search-input"
      data-empty={empty ? '' : undefined}
      data-disabled={disabled ? '' : undefined}
    >
      <SearchIcon className="hx-search-input__icon" />
      <input
        ref={inputRef}
        type="search"
        value={value}
        disabled={disabled}
        readOnly={readOnly}
        aria-invalid={invalid || undefined}
        data-slot="search-input-input"
        data-invalid={invalid ? '' : undefined}
        autoComplete="off"
        spellCheck={false}
        {...props}
        onChange={handleChange}
        onKeyDown={handleKeyDown}
        className={cn('hx-input hx-search-input__input', inputClassName)}
      />
      {canClear ? (
        <button
          type="button"
          className="hx-search-input__clear"
          data-slot="search-input-clear"
          aria-label={clearLabel}
          title={clearLabel}
          // Escape clears from the keyboard; the button is for pointers (like React Aria's SearchField).
          tabIndex={-1}
          onClick={() => {
            clear()
            inputRef.current?.focus()
          }}
        >
          <XIcon />
        </button>
      ) : null}
    </div>
  )
})
