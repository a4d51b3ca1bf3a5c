/**
 * Words ignored for matching (the spec: articles, pronouns, prepositions and the like). They are
 * left out of the index, so a phrase skips them. Contractions are listed folded (don't → dont).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    // English articles, pronouns, prepositions, auxiliaries and conjunctions.
    'a an the this that these those i me my mine we us our ours you your yours he him his she her hers it its they them their theirs ' +
    'what which who whom whose am is are was were be been being have has had do does did will would shall should can could may might must ' +
    'and or but nor so if then than too very just of at by for with about against between into through during before after above below ' +
    'to from up down in out on off over under again further once here there when where why how all any both each few more most other some such ' +
    'no not only own same s t now as until while cannot ' +
    'dont doesnt didnt cant couldnt wont wouldnt isnt arent wasnt werent hasnt havent hadnt shouldnt im ive youre youve theyre theyve weve thats theres ' +
    // Spanish, German, French: the commonest function words.
    'el la los las un una unos unas de del al y o que en por para con se su sus mi me es lo le ' +
    'der die das den dem des ein eine einen einem und oder zu im am ist ich sie er es mit von auf fur nicht ' +
    'le la les un une des du de et ou en au aux je tu il elle nous vous ils est pour par sur pas ce qui que'
  ).split(/\s+/),
);
