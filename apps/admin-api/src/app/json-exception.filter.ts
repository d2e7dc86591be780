import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';

interface Reply {
  status(code: number): Reply;
  setHeader(name: string, value: string): void;
  json(body: unknown): void;
  headersSent?: boolean;
}

/**
 * Every error leaves as JSON `{ statusCode, error, message, path }`: unknown routes (404),
 * malformed names (400), refused tokens (401/403), unreachable nodes (503), and unexpected
 * failures (500, logged, with no internals in the body).
 */
@Catch()
export class JsonExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('admin-api');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<Reply>();
    const request = http.getRequest<{ url: string }>();
    if (reply.headersSent) return;
    const { status, message } = describe(exception);
    if (status >= 500 && !(exception instanceof HttpException)) this.logger.error(`${request.url}: ${(exception as Error)?.stack ?? exception}`);
    if (status === HttpStatus.UNAUTHORIZED) reply.setHeader('WWW-Authenticate', 'Bearer realm="hbase-compat-admin"');
    reply.status(status).json({ statusCode: status, error: reasonPhrase(status), message, path: request.url });
  }
}

function describe(exception: unknown): { status: number; message: string } {
  if (exception instanceof HttpException) {
    const body = exception.getResponse();
    const message = typeof body === 'string' ? body : (body as { message?: string | string[] }).message;
    return { status: exception.getStatus(), message: Array.isArray(message) ? message.join('; ') : (message ?? exception.message) };
  }
  // Express body-parser errors (malformed JSON, too large) carry their own 4xx status.
  const status = (exception as { status?: unknown })?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) return { status, message: (exception as Error).message };
  return { status: HttpStatus.INTERNAL_SERVER_ERROR, message: 'internal error' };
}

function reasonPhrase(status: number): string {
  const name = HttpStatus[status] as string | undefined;
  return name ? name.toLowerCase().replace(/(^|_)([a-z])/g, (_m, sep: string, c: string) => (sep ? ' ' : '') + c.toUpperCase()) : 'Error';
}
