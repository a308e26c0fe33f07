import { forwardRef, useEffect, useId, useRef, useState, type ComponentPropsWithoutRef } from 'react'
import type { CheckoutResult } from '../../adapter/types'
import { usePaymentsContext } from '../../data/payments-context'
import { checkoutMessages } from '../../lib/messages/checkout'
import { cn } from '../../lib/cn'
import { copyText } from '../../lib/clipboard'
import type { Translator } from '../../lib/messages'
import type { Formatters } from '../../lib/format'
import { isSafeCheckoutUrl } from '../../lib/url'
import { Button, buttonVariants } from '../../ui/button'
import { DialogFooter } from '../../ui/dialog'
import { CheckIcon, CopyIcon, ExternalLinkIcon } from '../../ui/icons'
import { Input } from '../../ui/input'
import { useCreateCheckoutPart } from './create-checkout-context'

/** Props of {@link CreateCheckoutResult}: a `div`'s. */
export type CreateCheckoutResultProps = ComponentPropsWithoutRef<'div'>

/**
 * The created link: selected in a read-only field, Copy (with a confirmation), Open in new tab
 * (only for a safe URL), its expiry, "Create another" (same selections, new attempt) and Done
 * (closes). Renders only once a link is created, in place of the form.
 *
 * @selector [data-slot="create-checkout-result"] [data-slot="create-checkout-copy-status"]
 * @example
 * <CreateCheckoutResult className="my-result" />
 */
export const CreateCheckoutResult = forwardRef<HTMLDivElement, CreateCheckoutResultProps>(function CreateCheckoutResult(props, ref) {
  const { checkout, close } = useCreateCheckoutPart('CreateCheckoutResult')
  if (!checkout.result) return null
  // Keyed by the link: a new link starts with its own copy state and selection.
  return <ResultView key={checkout.result.url} ref={ref} result={checkout.result} onAnother={checkout.reset} onDone={close ?? checkout.reset} {...props} />
})

interface ResultViewProps extends CreateCheckoutResultProps {
  result: CheckoutResult
  onAnother: () => void
  onDone: () => void
}

const ResultView = forwardRef<HTMLDivElement, ResultViewProps>(function ResultView({ result, onAnother, onDone, className, ...props }, ref) {
  const { t, format } = usePaymentsContext('CreateCheckoutResult', checkoutMessages)
  const urlId = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(() => {
    inputRef.current?.select()
  }, [])
  useEffect(() => {
    if (copy !== 'copied') return
    const timer = setTimeout(() => setCopy('idle'), 2000)
    return () => clearTimeout(timer)
  }, [copy])
  // The hook refuses unsafe URLs already; this keeps the view safe on its own.
  const safe = isSafeCheckoutUrl(result.url)

  return (
    <div ref={ref} data-slot="create-checkout-result" {...props} className={cn('hx-checkout-result', className)}>
      <p className="hx-checkout-result__title">
        <CheckIcon /> {t('checkout.created')}
      </p>
      <label className="hx-field__label" htmlFor={urlId}>
        {t('checkout.link')}
      </label>
      <div className="hx-checkout-result__url">
        <Input id={urlId} ref={inputRef} readOnly value={result.url} onFocus={(event) => event.currentTarget.select()} />
        <Button
          type="button"
          variant="secondary"
          onClick={async () => {
            const doc = inputRef.current?.ownerDocument
            setCopy(doc && (await copyText(result.url, doc)) ? 'copied' : 'failed')
          }}
        >
          {copy === 'copied' ? <CheckIcon /> : <CopyIcon />}
          {copy === 'copied' ? t('checkout.copied') : t('checkout.copy')}
        </Button>
      </div>
      {/* The button already says "Link copied": the status repeats it for screen readers only; a failure is shown. */}
      <p role="status" className={cn('hx-checkout-result__status', copy === 'copied' && 'hx-sr-only')} data-slot="create-checkout-copy-status">
        {copy === 'copied' ? t('checkout.copied') : copy === 'failed' ? t('checkout.copyFailed') : ''}
      </p>
      {result.expiresAt ? (
        <p className="hx-field__hint">
          <time dateTime={result.expiresAt} title={format.dateTime(result.expiresAt)}>
            {expiryText(result.expiresAt, t, format)}
          </time>
        </p>
      ) : null}
      <DialogFooter>
        <Button type="button" variant="ghost" onClick={onAnother}>
          {t('checkout.createAnother')}
        </Button>
        {safe ? (
          <a className={buttonVariants({ variant: 'outline', size: 'md' })} href={result.url} target="_blank" rel="noopener noreferrer">
            <ExternalLinkIcon /> {t('checkout.openInNewTab')}
          </a>
        ) : null}
        <Button type="button" onClick={onDone}>
          {t('checkout.done')}
        </Button>
      </DialogFooter>
    </div>
  )
})

/** "Expires in 24 hours" for links that live a day or two, the locale's relative time otherwise. */
function expiryText(expiresAt: string, t: Translator, format: Formatters): string {
  const hours = Math.round((Date.parse(expiresAt) - Date.now()) / 3_600_000)
  if (hours >= 1 && hours < 48) return t('checkout.expiresInHours', { hours })
  return t('checkout.expiresIn', { relative: format.relative(expiresAt) })
}
