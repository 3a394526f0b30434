package entities

import (
	"github.com/actorgraph/actorgraph/entities/layout"
	"github.com/actorgraph/actorgraph/syntax/ud"
)

// datelineAgency returns the tokens [start, end) of the news agency in
// brackets after a dateline ("OSLO, Norway (AP) —", "LIMA (Reuters) -"):
// the wire that carries the story, no participant in it. The agency
// named in the story's body ("told Reuters") is found there.
func datelineAgency(toks []ud.Token) (start, end int, ok bool) {
	_, dend, isDateline := layout.Dateline(toks)
	if !isDateline {
		return 0, 0, false
	}
	i := dend
	if i < len(toks) && toks[i].Form == "," {
		for i++; i < len(toks) && toks[i].Form != "(" && i-dend <= 10; i++ {
		}
	}
	if i >= len(toks) || toks[i].Form != "(" {
		return 0, 0, false
	}
	j := i + 1
	for j < len(toks) && toks[j].Form != ")" && j-i <= 3 {
		j++
	}
	if j >= len(toks) || toks[j].Form != ")" || j == i+1 || j+1 >= len(toks) || !dash(toks[j+1].Form) {
		return 0, 0, false
	}
	return i + 1, j, true
}

// dash reports whether w is the dash that ends a dateline.
func dash(w string) bool {
	return w == "-" || w == "--" || w == "—" || w == "–"
}
