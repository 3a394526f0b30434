package nquads_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/graph/nquads"
)

func Example() {
	in := `# two good lines and a bad one
<https://actorgraph.example/actor/Russia> <http://www.w3.org/2000/01/rdf-schema#label> "Russia"^^<http://www.w3.org/2001/XMLSchema#string> .
<actor/OSCE> <http://www.w3.org/2000/01/rdf-schema#label> "OSCE" .
<https://actorgraph.example/actor/Russia> <https://actorgraph.example/rel/expelled> <https://actorgraph.example/actor/OSCE> <https://actorgraph.example/article/1/sentence/3> .
`
	quads, err := nquads.ReadAll(strings.NewReader(in), "in.nq")
	fmt.Println(err)

	w := nquads.NewWriter(os.Stdout)
	for _, q := range quads {
		if err := w.Write(q); err != nil {
			fmt.Println(err)
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Println(err)
	}
	fmt.Println(w.Write(graph.Quad{Subject: graph.IRI("OSCE"), Predicate: graph.RDFSLabel, Object: graph.Literal{Value: "OSCE"}}))
	// Output:
	// in.nq:3: invalid N-Quads statement: subject: relative IRI "actor/OSCE" (an IRI must start with a scheme such as http:)
	// <https://actorgraph.example/actor/Russia> <http://www.w3.org/2000/01/rdf-schema#label> "Russia" .
	// <https://actorgraph.example/actor/Russia> <https://actorgraph.example/rel/expelled> <https://actorgraph.example/actor/OSCE> <https://actorgraph.example/article/1/sentence/3> .
	// cannot write quad: subject: relative IRI "OSCE" (an IRI must start with a scheme such as http:)
}
