/**
 * The one e-mail address pattern (issue 14: privacy and channels each had a copy). Local part of
 * up to 64 characters from the common set, a host of up to 9 labels and a 2–24 letter top-level
 * label; not glued to more address characters on either side. Bounded repeats and a guard
 * before the local part keep a scan over a long run linear.
 */
const EMAIL_SOURCE = String.raw`(?<![\w.%+-])[\w.%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![\w-])`;

/** A fresh global regular expression for e-mail addresses (global ones keep `lastIndex`, so each scan gets its own). */
export function emailPattern(): RegExp {
  return new RegExp(EMAIL_SOURCE, 'g');
}
