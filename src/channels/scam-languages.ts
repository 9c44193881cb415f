/**
 * The words of scam scripts in the languages of the directory's regions beyond Chinese and English
 * (issue 15): Swahili (M-PESA, Kenya), Filipino and Taglish (GCash, Philippines), Hindi and
 * Hinglish (Paytm, PhonePe, India) and Spanish (the US). Each list is a vocabulary, not a case:
 * requests aimed at the reader ("tuma", "ibigay", "bata dijiye", "envíe"), the secrets they ask for
 * (PIN, MPIN, namba ya siri, contraseña), warnings *against* sharing ("usimpe", "huwag", "na karein",
 * "nunca") and the "sent by mistake, send it back" words. `scam-patterns.ts` joins them with the
 * Chinese and English ones, so every pattern reads every language.
 *
 * Sources: the wallets' own warnings (Safaricom "Usimpe mtu yeyote PIN yako", GCash "Huwag ibigay
 * ang iyong OTP o MPIN", Paytm/PhonePe "OTP kisi ke saath share na karein") and the shapes of
 * reported scripts. Text arrives lower-cased and NFKC-normalised. No `\b` next to a non-ASCII
 * letter: JavaScript's `\b` only knows ASCII word characters.
 */

const either = (...parts: string[]) => parts.join('|');

/** A request aimed at the reader: send, give, tell, read out, enter. */
export const ASK_WORDS = either(
  // Swahili
  '\\b(?:tuma|nitumie|tutumie|nipe|tupe|nipatie|tupatie|nisomee|tusomee|niambie|tuambie|nitajie|tutajie|weka|andika)\\b',
  // Filipino / Taglish ("paki-" = please, "i-" marks the verb)
  '\\b(?:paki-?i?-?|i-)(?:bigay|send|type|forward|padala|lagay)\\b|\\b(?:ibigay|bigay (?:mo|niyo|nyo)|ipadala|ilagay|itype|isend|iforward|sabihin)\\b|\\bkailangan (?:namin|ko) ang\\b',
  // Hinglish and Hindi
  '\\b(?:bata|bhej|daal|dal|likh|de)(?:o|iye|ijiye|ein|en|yiye|yein)\\b|\\b(?:bata|bhej|daal|dal|likh|forward|share|de) (?:do|dijiye|dijie|kijiye|karo|kar do|kar dijiye|karein|karen|dena|dein)\\b',
  'बता(?:इए|इये|एं|ओ|दीजिए|दें)|भेज(?:िए|ें|ो|दीजिए|दें)|डाल(?:ें|िए|ो|दीजिए)|शेयर कर(?:ें|िए|ो)|दीजिए',
  // Spanish (usted and tú forms, with or without accents)
  '\\b(?:env[ií][ae]|m[aá]nd[ae]|d[ií]g[ae]|compart[ae]|proporcion[ae]|ingres[ae]|facilit[ae]|confirm[ae])(?:me|nos|melo|noslo)?\\b|\\bd[eé](?:me|nos)\\b|\\bdame\\b|\\brespond[ae] con\\b|\\bnecesitamos (?:su|tu|el|la)\\b|\\bl[eé]a(?:me|nos)\\b',
);

/** The reader's own direction words: "to me", "mujhe", "nitumie". A warning is not addressed to the sender. */
export const ASKS_ME_WORDS = either(
  '\\bsa akin\\b|\\bmujhe\\b|\\bhume(?:in)?\\b|\\b(?:nitumie|nipe|niambie|nisomee|nitajie)\\b',
  '\\bd[ií]g(?:ame|anos)|\\bm[aá]nd(?:ame|eme|enos|anos)|\\benv[ií](?:eme|ame|enos|anos)|\\bcompart(?:eme|anos)',
  'मुझे|हमें',
);

/** Verification codes. */
export const CODE_WORDS = either('c[oó]digo', '\\bmsimbo\\b', 'कोड', 'ओटीपी');

/** PINs and passwords. */
export const SECRET_WORDS = either(
  '\\b(?:mpin|upi pin|nip|clave)\\b',
  '\\b(?:nenosiri|neno (?:lako |langu )?la siri|namba (?:yako |yangu )?ya siri|nambari (?:yako |yangu )?ya siri)\\b',
  'contrase[ñn]a',
  'पिन|पासवर्ड',
);

/** Card details. */
export const CARD_WORDS = either('n[uú]mero de (?:su |tu |la )?tarjeta', 'c[oó]digo de seguridad', 'fecha de (?:vencimiento|caducidad)', 'कार्ड नंबर');

/** Warnings against sharing ("never share", "don't give"): what genuine notices say. */
export const NEGATION_WORDS = either(
  '\\busi(?:mpe|mwambie|toe|tume|seme|shiriki|weke)\\b|\\bhai(?:ta|tawahi)[a-z]*\\b|\\bhatuta[a-z]*\\b|\\bkamwe\\b',
  '\\bhuwag\\b|\\bhindi (?:namin |ito |kailanman )?(?:hihingin|hihingi|hinihingi)\\b|\\bkahit kanino\\b',
  '\\bna (?:karein|karen|kare|karo|den|dein|batayein|batayen|bataye|batao|bhejein|bhejen)\\b|\\bnahi(?:n)? (?:maang|mang|pooch)|\\bmat (?:bata|bhej|share|de)',
  // Devanagari words need their own boundary: the न of पिन is not the word न ("not").
  '(?<![\\u0900-\\u097f])(?:न (?:करें|बताएं|दें|भेजें)|मत )|नहीं मा(?:ं|ँ)ग|कभी (?:भी|नहीं)',
  '\\bnunca\\b|\\bjam[aá]s\\b|\\bnadie\\b|\\bno (?:comparta|compartas|comparte|revele|reveles|d[eé]|des|env[ií]e|env[ií]es|proporcione)\\b',
);

/** "Sent by mistake". */
export const MISTAKE_WORDS = either(
  '\\bkwa makosa\\b|\\bkimakosa\\b|\\bkwa bahati mbaya\\b',
  '\\bnagkamali\\b|\\bnamali\\b|\\bmaling (?:send|number|account|padala)\\b',
  '\\bgal(?:a)?ti se\\b|गलती से',
  '\\bpor (?:error|equivocaci[oó]n|accidente)\\b|\\berr[oó]neamente\\b|\\bequivocad[ao]',
);

/** "Send it back". */
export const RETURN_WORDS = either(
  '\\b(?:nirudishie|turudishie|rudisha|rejesha|nirejeshee)\\b',
  '\\b(?:paki)?(?:ibalik|balik|isauli|sauli)\\b',
  '\\b(?:wapas|vapas|lauta)\\b|वापस|लौटा',
  '\\bdevuelv[ae]|\\bdevolver\\b|\\breembols[ae]|\\bde vuelta\\b|\\bregres(?:e|a|ar)\\b',
);
