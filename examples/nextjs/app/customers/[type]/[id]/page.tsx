import { CustomerPaymentsSection } from '@hexclave/payments-ui'
import type { CustomerType } from '@hexclave/payments-ui/core'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

const TYPES: readonly string[] = ['user', 'team', 'custom'] satisfies CustomerType[]
const isCustomerType = (value: string): value is CustomerType => TYPES.includes(value)

interface Props {
  params: Promise<{ type: string; id: string }>
}

export const metadata: Metadata = { title: 'Customer' }

/** A customer's payments, on a server page: the library's section is the client part. */
export default async function CustomerPage({ params }: Props) {
  const { type, id } = await params
  if (!isCustomerType(type)) notFound()
  return <CustomerPaymentsSection customerType={type} customerId={decodeURIComponent(id)} />
}
