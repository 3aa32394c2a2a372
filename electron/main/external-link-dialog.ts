// The question asked before a link leaves the app. Cancel is the default, so pressing Enter by
// habit keeps the user in the portal.
import type { MessageBoxOptions } from 'electron';

export const OPEN_BUTTON = 0;

export function externalLinkDialog(url: string): MessageBoxOptions {
  const mail = url.startsWith('mailto:');
  return {
    type: 'question',
    buttons: [mail ? 'Open in mail program' : 'Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    title: 'Leave the portal?',
    message: mail
      ? 'Write an email with your mail program?'
      : 'Open this page in your web browser?',
    detail: `${url}\n\n${mail ? 'Your mail program will open.' : 'The page is outside the portal and may need an internet connection.'}`,
  };
}
