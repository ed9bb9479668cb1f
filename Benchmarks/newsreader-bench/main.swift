import NewsCore
print("bench")
