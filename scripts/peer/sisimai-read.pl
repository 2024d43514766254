# Sisimai's own reading of each message given (Sisimai 4.25.15, Debian libsisimai-perl): the labels of
# shared/bounce/fixtures/sisimai-err/expectations.json. Usage: perl scripts/peer/sisimai-read.pl FILE...
use strict; use warnings; use Sisimai; use JSON::PP;
my %out;
for my $f (@ARGV) {
  my $v = Sisimai->make($f, 'delivered' => 1) || [];
  my @r;
  for my $e (@$v) {
    push @r, { recipient => $e->recipient->address, reason => $e->reason, status => $e->deliverystatus, replycode => $e->replycode, action => $e->action, smtpagent => $e->smtpagent, softbounce => $e->softbounce, diagnostic => substr($e->diagnosticcode // '', 0, 160) };
  }
  my ($name) = $f =~ m{([^/]+)$};
  $out{$name} = \@r;
}
print JSON::PP->new->canonical->pretty->encode(\%out);
