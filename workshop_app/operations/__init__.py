"""Operations: each user action one function, one transaction, returning its result, inverse and change set."""
