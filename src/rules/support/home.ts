/**
 * How configs write a home folder. One definition for every rule that asks "is this the whole home
 * folder?" (a directory handed to a server, a folder mounted into a container), so the spellings cannot
 * drift apart between them.
 */

/** The home folder as a variable: POSIX shells, VS Code (`${userHome}`, `${env:…}`), opencode (`{env:…}`), cmd.exe and PowerShell. */
const HOME_VARIABLE = String.raw`~|\$HOME|\$\{HOME\}|\$\{env:HOME\}|\{env:HOME\}|\$\{userHome\}|%USERPROFILE%|%HOME%|\$USERPROFILE|\$\{USERPROFILE\}|\$\{env:USERPROFILE\}|\$env:USERPROFILE`

/** A home folder written out (`/home/alice`, `/Users/alice`, `/root`, `C:\Users\alice`), or the folder that holds all of them. */
const HOME_PATH = String.raw`/home(?:/[^/\\]+)?|/Users(?:/[^/\\]+)?|/root|[A-Za-z]:[\\/]+Users(?:[\\/]+[^\\/]+)?`

/** A whole home folder (or the folder of all of them), however written, trailing separators allowed; a folder inside one is not. */
const WHOLE_HOME = new RegExp(String.raw`^(?:${HOME_VARIABLE}|${HOME_PATH})[\\/]*$`, 'i')

/** Whether `path` is a whole home folder rather than a folder inside one. */
export function isWholeHome(path: string): boolean {
  return WHOLE_HOME.test(path)
}
