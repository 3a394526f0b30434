module github.com/actorgraph/actorgraph

go 1.26.0

toolchain go1.27.3

require (
	github.com/dominikbraun/graph v0.23.0
	github.com/klauspost/compress v1.20.5
	golang.org/x/sys v0.50.0
	golang.org/x/text v0.44.0
	modernc.org/sqlite v1.62.0
)

require (
	github.com/dustin/go-humanize v1.1.0 // indirect
	github.com/google/uuid v1.6.0 // indirect
	github.com/mattn/go-isatty v0.0.24 // indirect
	github.com/ncruces/go-strftime v1.1.0 // indirect
	github.com/remyoudompheng/bigfft v0.0.0-20230129092748-24d4a6f8daec // indirect
	gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
	modernc.org/libc v1.80.1 // indirect
	modernc.org/mathutil v1.7.1 // indirect
	modernc.org/memory v1.12.1 // indirect
)

require (
	github.com/cayleygraph/quad v1.3.0
	github.com/disintegration/imaging v1.6.2 // indirect
	github.com/flopp/go-findfont v0.1.0 // indirect
	github.com/fogleman/gg v1.3.0 // indirect
	github.com/goccy/go-graphviz v0.2.10
	github.com/golang/freetype v0.0.0-20170609003504-e2365dfdc4a0 // indirect
	github.com/jdkato/prose/v3 v3.2.3
	github.com/tetratelabs/wazero v1.10.1 // indirect
	golang.org/x/image v0.48.0
	golang.org/x/sync v0.25.0
	golang.org/x/tools v0.52.0
)

replace github.com/goccy/go-graphviz => ./third_party/go-graphviz
