package lemma

import "strings"

// irregularVerbs lists English verbs whose past tense or past participle
// does not follow the spelling rules, as "base past participle" (general
// English grammar, not learned). The treebanks that train the lemmatizer
// miss many of them ("shoot", "swear", "mislead"), and a guessed
// "shooted" or "shet" would be a wrong predicate. Verbs formed with a
// prefix ("mislead", "withhold", "overrun") inflect like their base and are
// not listed.
var irregularVerbs = strings.Fields(`
arise arose arisen  awake awoke awoken  bear bore borne  beat beat beaten
become became become  befall befell befallen  begin began begun
behold beheld beheld  bend bent bent  bet bet bet  bid bid bid
bind bound bound  bite bit bitten  bleed bled bled  blow blew blown
break broke broken  breed bred bred  bring brought brought
broadcast broadcast broadcast  build built built  burst burst burst
buy bought bought  cast cast cast  catch caught caught  choose chose chosen
cling clung clung  come came come  cost cost cost  creep crept crept
cut cut cut  deal dealt dealt  dig dug dug  do did done  draw drew drawn
drink drank drunk  drive drove driven  dwell dwelt dwelt  eat ate eaten
fall fell fallen  feed fed fed  feel felt felt  fight fought fought
find found found  flee fled fled  fling flung flung  fly flew flown
forbid forbade forbidden  forget forgot forgotten  forgive forgave forgiven
forsake forsook forsaken  freeze froze frozen  get got got  give gave given
go went gone  grind ground ground  grow grew grown  hang hung hung
have had had  hear heard heard  hide hid hidden  hit hit hit  hold held held
hurt hurt hurt  keep kept kept  kneel knelt knelt  know knew known
lay laid laid  lead led led  leave left left  lend lent lent  let let let
light lit lit  lose lost lost  make made made  mean meant meant  meet met met
pay paid paid  put put put  quit quit quit  read read read  rid rid rid
ride rode ridden  ring rang rung  rise rose risen  run ran run  say said said
see saw seen  seek sought sought  sell sold sold  send sent sent  set set set
shake shook shaken  shed shed shed  shine shone shone  shoot shot shot
shrink shrank shrunk  shut shut shut  sing sang sung
sink sank sunk  sit sat sat  slay slew slain  sleep slept slept  slide slid slid
sling slung slung  slit slit slit  speak spoke spoken  speed sped sped
spend spent spent  spin spun spun  spit spat spat  split split split
spread spread spread  spring sprang sprung  stand stood stood
steal stole stolen  stick stuck stuck  sting stung stung  stink stank stunk
stride strode stridden  strike struck struck  string strung strung
strive strove striven  swear swore sworn  sweep swept swept
swim swam swum  swing swung swung  take took taken  teach taught taught
tear tore torn  tell told told  think thought thought  throw threw thrown
thrust thrust thrust  tread trod trodden  wake woke woken  wear wore worn
weave wove woven  weep wept wept  win won won  wind wound wound
wring wrung wrung  write wrote written
`)

// verbPrefixes form verbs that inflect like their base: mislead, outbid,
// overrun, undertake, uphold, withdraw, foresee, redo, undo.
var verbPrefixes = []string{"mis", "out", "over", "under", "up", "with", "fore", "re", "un"}

// notPrefixed are words that look like a prefix and an irregular verb but
// are regular verbs of their own.
var notPrefixed = map[string]bool{"relay": true, "rebound": true, "outlay": true, "unbound": true, "resent": true, "refund": true}

// irregular holds the table both ways, built once.
type irregular struct {
	past, participle map[string]string // by base
	base             map[string]string // by past or participle form
}

var irregularTable = func() *irregular {
	t := &irregular{past: map[string]string{}, participle: map[string]string{}, base: map[string]string{}}
	for i := 0; i+2 < len(irregularVerbs); i += 3 {
		b, p, pp := irregularVerbs[i], irregularVerbs[i+1], irregularVerbs[i+2]
		t.past[b], t.participle[b] = p, pp
		for _, f := range []string{p, pp} {
			if _, ok := t.base[f]; !ok {
				t.base[f] = b
			}
		}
	}
	return t
}()

// irregularInflection returns the irregular past tense and past participle
// of a lowercase verb lemma, prefixed or not.
func irregularInflection(lemma string) (past, participle string, ok bool) {
	t := irregularTable
	if p, ok := t.past[lemma]; ok {
		return p, t.participle[lemma], true
	}
	if notPrefixed[lemma] {
		return "", "", false
	}
	for _, pre := range verbPrefixes {
		if rest, found := strings.CutPrefix(lemma, pre); found && len(rest) > 1 {
			if p, ok := t.past[rest]; ok {
				return pre + p, pre + t.participle[rest], true
			}
		}
	}
	return "", "", false
}

// irregularBase returns the base of a lowercase irregular past tense or
// past participle form ("shot" -> "shoot", "misled" -> "mislead").
func irregularBase(form string) (string, bool) {
	t := irregularTable
	if b, ok := t.base[form]; ok {
		return b, true
	}
	if notPrefixed[form] {
		return "", false
	}
	for _, pre := range verbPrefixes {
		if rest, found := strings.CutPrefix(form, pre); found && len(rest) > 1 {
			if b, ok := t.base[rest]; ok {
				return pre + b, true
			}
		}
	}
	return "", false
}
