# Sisimai's own reason for each pasted text (Sisimai 4.25.15, Debian libsisimai-perl): Sisimai->match,
# its reader for an error message without the mail around it (it reads the status code too). Reads a
# JSON array of texts on standard input, prints a JSON array of reasons.
# Usage: perl scripts/peer/sisimai-match.pl < texts.json
use strict; use warnings; use Sisimai; use JSON::PP;
local $/;
my $texts = JSON::PP->new->utf8->decode(<STDIN>);
my @reasons = map { Sisimai->match($_) // 'undefined' } @$texts;
print JSON::PP->new->encode(\@reasons);
