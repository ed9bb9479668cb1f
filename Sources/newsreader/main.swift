import NewsCore
print("newsreader")
