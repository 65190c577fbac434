// Words that carry no meaning for search, written accent-folded (they are compared after folding):
// the Snowball French stop list (articles, pronouns, prepositions, forms of être and avoir) plus a few
// frequent adverbs, and the commonest English ones for the English texts.
const FRENCH = `
au aux avec ce ces dans de des du elle en et eux il ils je la le les leur leurs lui ma mais me meme mes moi
mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une unes uns vos
votre vous ca ci cela ceci celle celles celui ceux cet cette ici la dont donc or ni car quel quelle quels
quelles sans soi sous chez vers selon entre apres avant depuis pendant lors tout tous toute toutes tres
plus moins aussi bien comme si sont est etre ete etee etees etes etant suis es sommes serai seras sera serons
serez seront serais serait serions seriez seraient etais etait etions etiez etaient fus fut fumes futes
furent sois soit soyons soyez soient fusse fusses fut fussions fussiez fussent ayant eu eue eues eus ai as
avons avez ont aurai auras aura aurons aurez auront aurais aurait aurions auriez auraient avais avait
avions aviez avaient eut eumes eutes eurent aie aies ait ayons ayez aient eusse eusses eussions eussiez
eussent fait faire font y a peu deja encore autre autres meme memes chaque plusieurs ainsi afin alors
`;
const ENGLISH = 'the a an of and or to in on for with by is are was were be been this that these those it its as at from';

export const STOP_WORDS: ReadonlySet<string> = new Set(`${FRENCH} ${ENGLISH}`.split(/\s+/).filter(Boolean));
