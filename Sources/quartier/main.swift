print("quartier")
