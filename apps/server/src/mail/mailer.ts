/** An invitation email, as the team service writes it. */
export interface InvitationEmail {
  id: string;
  teamId: string;
  invitationId: string;
  to: string;
  subject: string;
  text: string;
  /** The link the invitee opens; it carries the token. */
  acceptUrl: string;
  token: string;
  sentAt: string;
}

/**
 * Delivers invitation emails. The server calls it once the invitation is
 * committed; a delivery that fails is logged, and a resend sends a new link.
 */
export interface Mailer {
  send(email: InvitationEmail): Promise<void>;
  close?(): Promise<void> | void;
}
