"""入户走访, 上门办证 and 反诈宣传: the post's work out in the villages."""
