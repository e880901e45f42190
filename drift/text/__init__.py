"""Text handling shared by every stage: sentence splitting, case folding, anchors."""
