# Installs newsreader as a command-line tool (README, "Install"):
#   make install [PREFIX=~/.local]    release build, then the binary, man page and completions
#   make uninstall [PREFIX=~/.local]  removes exactly what install put there
#
# The binary lives in $(PREFIX)/lib/newsreader with the resource bundle of its built-in sample
# library, which SwiftPM's generated accessor looks for beside the executable (symlinks resolved);
# $(PREFIX)/bin/newsreader is a link to it.

PREFIX ?= $(HOME)/.local
SWIFT ?= swift

BINDIR = $(PREFIX)/bin
LIBDIR = $(PREFIX)/lib/newsreader
MANDIR = $(PREFIX)/share/man/man1
BASHDIR = $(PREFIX)/share/bash-completion/completions
ZSHDIR = $(PREFIX)/share/zsh/site-functions
FISHDIR = $(PREFIX)/share/fish/vendor_completions.d
RESOURCES = newsreader_SampleLibrary.resources
# Where the release build is (expanded only when a recipe uses it).
BUILT = $(shell $(SWIFT) build -c release --show-bin-path)

.PHONY: release install uninstall

release:
	$(SWIFT) build -c release --product newsreader

install: release
	install -d "$(LIBDIR)" "$(BINDIR)" "$(MANDIR)" "$(BASHDIR)" "$(ZSHDIR)" "$(FISHDIR)"
	install -m 755 "$(BUILT)/newsreader" "$(LIBDIR)/newsreader"
	rm -rf "$(LIBDIR)/$(RESOURCES)"
	cp -R "$(BUILT)/$(RESOURCES)" "$(LIBDIR)/$(RESOURCES)"
	ln -sfn ../lib/newsreader/newsreader "$(BINDIR)/newsreader"
	install -m 644 man/newsreader.1 "$(MANDIR)/newsreader.1"
	"$(LIBDIR)/newsreader" --generate-completion-script bash > "$(BASHDIR)/newsreader"
	"$(LIBDIR)/newsreader" --generate-completion-script zsh > "$(ZSHDIR)/_newsreader"
	"$(LIBDIR)/newsreader" --generate-completion-script fish > "$(FISHDIR)/newsreader.fish"

uninstall:
	rm -f "$(BINDIR)/newsreader" "$(MANDIR)/newsreader.1" "$(BASHDIR)/newsreader" "$(ZSHDIR)/_newsreader" "$(FISHDIR)/newsreader.fish"
	rm -rf "$(LIBDIR)"
