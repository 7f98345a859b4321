import type { MessageTable } from '../index.js';

/** Messages of writing output: to a file, into a device, to standard output. */
export const writeMessages: MessageTable = {
  'write.failedKept': {
    de: '{file} konnte nicht geschrieben werden: {reason}. Die Datei ist unverändert geblieben.',
    en: 'could not write {file}: {reason}. The file was left unchanged.',
  },
  'write.failedNew': {
    de: '{file} konnte nicht geschrieben werden: {reason}. Es wurde keine Datei angelegt.',
    en: 'could not write {file}: {reason}. No file was created.',
  },
  'write.failedStream': {
    de: 'In {file} konnte nicht geschrieben werden: {reason}.',
    en: 'could not write into {file}: {reason}.',
  },
  'write.stdoutFailed': {
    de: 'Die Ausgabe konnte nicht geschrieben werden: {reason}.',
    en: 'could not write the output: {reason}.',
  },
  'write.emptyPath': {
    de: '--output ist leer; bitte einen Dateinamen angeben (oder - für die Standardausgabe).',
    en: '--output is empty; give a file name (or - for standard output).',
  },
  'write.isFolder': {
    de: '{file} ist ein Ordner. Bitte mit --output einen Dateinamen angeben, z. B. {file}/bericht.html.',
    en: '{file} is a folder. Give a file name with --output, e.g. {file}/report.html.',
  },
  'write.danglingLink': {
    de: '{file} ist ein symbolischer Link auf eine Datei, die es nicht gibt; es wird nichts geschrieben. Bitte den Link entfernen oder mit --output eine andere Datei wählen.',
    en: '{file} is a symbolic link to a file that does not exist; nothing was written. Remove the link or choose another file with --output.',
  },
  'write.special': {
    de: '{file} ist keine gewöhnliche Datei (ein Socket oder Blockgerät) und wird nicht beschrieben. Bitte mit --output eine Datei wählen.',
    en: '{file} is not a regular file (a socket or block device) and is not written to. Choose a file with --output.',
  },
  'write.notAFile': {
    de: '{file} ist ein Gerät oder eine benannte Pipe (FIFO), keine gewöhnliche Datei; dort wird nicht gespeichert. Bitte mit --output eine Datei wählen.',
    en: '{file} is a device or a named pipe (FIFO), not a regular file; nothing is saved there. Choose a file with --output.',
  },
  'write.reason.ENOSPC': {
    de: 'der Datenträger ist voll (ENOSPC)',
    en: 'the disk is full (ENOSPC)',
  },
  'write.reason.EDQUOT': {
    de: 'Ihr Speicherkontingent auf diesem Datenträger ist aufgebraucht (EDQUOT)',
    en: 'your disk quota is used up (EDQUOT)',
  },
  'write.reason.EACCES': {
    de: 'keine Schreibberechtigung für den Ordner {folder} oder die Datei (EACCES)',
    en: 'no permission to write to the folder {folder} or the file (EACCES)',
  },
  'write.reason.EPERM': {
    de: 'das Betriebssystem erlaubt das Schreiben hier nicht (EPERM)',
    en: 'the operating system does not allow writing here (EPERM)',
  },
  'write.reason.EROFS': {
    de: 'der Datenträger ist schreibgeschützt (EROFS)',
    en: 'the disk is read-only (EROFS)',
  },
  'write.reason.EISDIR': {
    de: 'das ist ein Ordner, keine Datei (EISDIR)',
    en: 'that is a folder, not a file (EISDIR)',
  },
  'write.reason.ENOENT': {
    de: 'den Ordner {folder} gibt es nicht (ENOENT)',
    en: 'the folder {folder} does not exist (ENOENT)',
  },
  'write.reason.ENOTDIR': {
    de: 'ein Teil des Pfads ist eine Datei, kein Ordner (ENOTDIR)',
    en: 'part of the path is a file, not a folder (ENOTDIR)',
  },
  'write.reason.ENAMETOOLONG': {
    de: 'der Dateiname ist zu lang (ENAMETOOLONG)',
    en: 'the file name is too long (ENAMETOOLONG)',
  },
  'write.reason.EFBIG': {
    de: 'die Datei wäre zu groß für diesen Datenträger (EFBIG)',
    en: 'the file would be too large for this disk (EFBIG)',
  },
  'write.reason.EIO': {
    de: 'der Datenträger meldet einen Lese-/Schreibfehler (EIO)',
    en: 'the disk reports an input/output error (EIO)',
  },
  'write.reason.EMFILE': {
    de: 'zu viele Dateien sind gleichzeitig geöffnet (EMFILE)',
    en: 'too many files are open at once (EMFILE)',
  },
  'write.reason.ELOOP': {
    de: 'zu viele symbolische Links hintereinander (ELOOP)',
    en: 'too many symbolic links in a row (ELOOP)',
  },
  'write.reason.EBUSY': {
    de: 'die Datei wird gerade benutzt (EBUSY)',
    en: 'the file is in use (EBUSY)',
  },
  'write.reason.ELOCKED': {
    de: 'die Datei ist in einem anderen Programm geöffnet – bitte dort schließen und den Befehl wiederholen',
    en: 'the file is open in another program – please close it there and run the command again',
  },
  'write.reason.EAGAIN': {
    de: 'das Ziel nimmt gerade nichts an (EAGAIN)',
    en: 'the target does not accept data right now (EAGAIN)',
  },
  'write.reason.ENXIO': {
    de: 'niemand liest am anderen Ende (ENXIO)',
    en: 'nothing reads at the other end (ENXIO)',
  },
  'write.reason.other': {
    de: 'Systemfehler {code}',
    en: 'system error {code}',
  },
};
