"""What a claim's context holds: citations, ConText cues (negation, hedging,
attribution), causal wording, disclaimers and the kind of document.

Claim and disclosure rules ask these modules; they never decide on their own what counts as a source."""
