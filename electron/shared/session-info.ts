// What the interface needs to know about who is using it, decided by the front door that serves
// it: a classroom visitor on the network, or this computer's own user.
export interface SessionInfo {
  /**
   * A visitor from another computer: the library is read-only to them and they keep their
   * bookmarks in their own browser, so the interface leaves out what they cannot use.
   */
  visitor: boolean;
}

/** The desktop window and the command line serve this computer's own user. */
export const OWN_COMPUTER_SESSION: SessionInfo = { visitor: false };
