"""Named SPARQL competency queries, shipped as .rq files."""
