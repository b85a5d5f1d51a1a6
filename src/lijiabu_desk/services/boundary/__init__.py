"""地界协议: a mediated field boundary with its measurements, sketch, markers and witnesses."""
