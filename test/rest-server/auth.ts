/** The access checks of section 1.2/1.4: access type, project id, and the server or admin key. */
import type { IncomingMessage } from 'node:http'
import { known, type HttpError } from './errors'

/** The credentials the reference server accepts. */
export interface Credentials {
  projectId: string
  adminKey: string
  serverKey: string
}

/** A request header under either prefix (`x-stack-*` or `x-hexclave-*`). */
export function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[`x-stack-${name}`] ?? req.headers[`x-hexclave-${name}`]
  return Array.isArray(value) ? value[0] : value
}

function accessTypeError(req: IncomingMessage): HttpError | null {
  const type = header(req, 'access-type')
  if (type === undefined) {
    return header(req, 'project-id') || header(req, 'super-secret-admin-key') || header(req, 'secret-server-key')
      ? known(400, 'PROJECT_KEY_WITHOUT_ACCESS_TYPE', "Either an API key or an admin access token was provided, but the x-stack-access-type header is missing. Set it to 'client', 'server', or 'admin' as appropriate.")
      : known(400, 'ACCESS_TYPE_REQUIRED', "You must specify an access level for this Stack project. Make sure project API keys are provided (eg. x-stack-publishable-client-key) and you set the x-stack-access-type header to 'client', 'server', or 'admin'.")
  }
  if (!['client', 'server', 'admin'].includes(type)) {
    return known(400, 'INVALID_ACCESS_TYPE', `The x-stack-access-type header must be 'client', 'server', or 'admin', but was '${type}'.`)
  }
  return null
}

function keyError(req: IncomingMessage, type: string, creds: Credentials): HttpError | null {
  if (type === 'server') {
    const key = header(req, 'secret-server-key')
    if (!key) return known(401, 'SERVER_AUTHENTICATION_REQUIRED', 'The secret server key must be provided.')
    if (key !== creds.serverKey) return known(401, 'INVALID_SECRET_SERVER_KEY', `The secret server key is not valid for the project "${creds.projectId}". Does the project and/or the key exist?`, { project_id: creds.projectId })
    return null
  }
  if (header(req, 'admin-access-token')) return known(401, 'UNPARSABLE_ADMIN_ACCESS_TOKEN', 'Admin access token is not parsable.')
  const key = header(req, 'super-secret-admin-key')
  if (!key) return known(401, 'ADMIN_AUTHENTICATION_REQUIRED', 'The super secret admin key must be provided.')
  if (key !== creds.adminKey) return known(401, 'INVALID_SUPER_SECRET_ADMIN_KEY', `The super secret admin key is not valid for the project "${creds.projectId}". Does the project and/or the key exist?`, { project_id: creds.projectId })
  return null
}

function insufficient(actual: string, allowed: string[]): HttpError {
  const list = allowed.map((t) => `'${t}'`).join(' or ')
  return known(401, 'INSUFFICIENT_ACCESS_TYPE', `The x-stack-access-type header must be ${list}, but was '${actual}'.`, { actual_access_type: actual, allowed_access_types: allowed })
}

/** The first access error of a request to an endpoint needing `server` (admin passes) or `admin`; `null` when allowed. */
export function accessError(req: IncomingMessage, creds: Credentials, level: 'server' | 'admin'): HttpError | null {
  const typeError = accessTypeError(req)
  if (typeError) return typeError
  const type = header(req, 'access-type') ?? ''
  const projectId = header(req, 'project-id')
  if (!projectId) return known(400, 'ACCESS_TYPE_WITHOUT_PROJECT_ID', `The x-stack-access-type header was '${type}', but the x-stack-project-id header was not provided.`, { request_type: type })
  if (projectId !== creds.projectId) return known(400, 'CURRENT_PROJECT_NOT_FOUND', `The current project with ID ${projectId} was not found. Please check the value of the x-stack-project-id header.`, { project_id: projectId })
  if (type === 'client') return insufficient(type, level === 'admin' ? ['admin'] : ['server', 'admin'])
  const error = keyError(req, type, creds)
  if (error) return error
  return level === 'admin' && type !== 'admin' ? insufficient(type, ['admin']) : null
}
